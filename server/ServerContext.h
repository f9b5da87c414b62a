#pragma once

#include "AuditJournal.h"
#include "Database.h"
#include "ReferenceData.h"
#include "ServerConfig.h"
#include "WorkingCalendar.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace WalletDesk::Server {

// What every API module needs: the store, the settings and a few shared
// services. One per server thread; nothing global.
class ServerContext
{
public:
    ServerContext(Database db, ServerConfig config);

    const Database &db() const { return m_db; }
    const ServerConfig &config() const { return m_config; }

    static qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
    static QDateTime fromMs(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }
    static std::optional<QDateTime> fromMsOrNull(const QVariant &v)
    {
        return v.isNull() ? std::nullopt : std::optional<QDateTime>(fromMs(v.toLongLong()));
    }
    static QVariant orNull(const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); }
    static QVariant orNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

    // Reference data as stored now (several servers may share the store,
    // so this reads it rather than trusting a copy).
    ReferenceData reference() const;
    // Reference data as stored at most a second ago: for reads that only
    // format with it (a transaction's expected arrival), which then skip the
    // version query on every request. Checks and edits use reference().
    ReferenceData recentReference() const;
    WorkingCalendar calendar(const ReferenceData &reference) const
    {
        return WorkingCalendar(reference.holidays);
    }

    // Writes the audit entry: who (the agent), what, on which account and call,
    // why. Inside a transaction it is part of that change; outside one (an
    // audited read) it goes through the store's AuditJournal, which commits
    // it before the request's reply is written (or before this returns,
    // outside a request).
    void audit(qint64 agentId, const QString &action, std::optional<qint64> accountId,
        const QString &callId, const QString &reason = {}, const QString &detail = {}) const;
    // Appends an entry to the changes feed, inside the caller's transaction
    // (the entry is public when the change is).
    void recordChange(const QString &entity, qint64 entityId) const;
    // The simulated SMS gateway: the table sms_log and, if configured, a file.
    void sendSms(const QString &recipient, const QString &body) const;

private:
    ReferenceData loadReference() const;

    Database m_db;
    ServerConfig m_config;
    mutable std::shared_ptr<AuditJournal> m_journal; // on the first audited read
    // Decoding the stored document is costly; the version is cheap to ask for.
    mutable std::optional<ReferenceData> m_reference;
    mutable QElapsedTimer m_referenceAge; // since m_reference was last confirmed current
};

} // namespace WalletDesk::Server
