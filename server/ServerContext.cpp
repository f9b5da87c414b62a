#include "ServerContext.h"

#include "ChangeReaders.h"

#include "DefaultReferenceData.h"

#include "CallCenterTime.h"

#include <QFile>
#include <QJsonDocument>

namespace WalletDesk::Server {

ServerContext::ServerContext(Database db, ServerConfig config)
    : m_db(std::move(db))
    , m_config(std::move(config))
{
}

ReferenceData ServerContext::reference() const
{
    const QVariant version
        = m_db.scalar(QStringLiteral("SELECT version FROM reference_data WHERE id = ?"), {1});
    const bool stale = !m_reference || m_reference->version != version.toLongLong();
    if (!version.isValid())
        m_reference = defaultReferenceData(); // never edited: no row to load
    else if (stale)
        m_reference = loadReference();
    // Days and deadlines are the call center's, in the zone its data name.
    if (stale)
        CallCenterTime::setZone(m_reference->timeZone.toLatin1());
    m_referenceAge.start();
    return *m_reference;
}

ReferenceData ServerContext::recentReference() const
{
    if (m_reference && m_referenceAge.isValid() && !m_referenceAge.hasExpired(1000))
        return *m_reference;
    return reference();
}

ReferenceData ServerContext::loadReference() const
{
    Rows q = m_db.exec(
        QStringLiteral("SELECT version, document FROM reference_data WHERE id = ?"), {1});
    if (!q.next())
        return defaultReferenceData();
    CodecError error;
    auto data = decode<ReferenceData>(q.value(1).toString().toUtf8(), &error);
    if (!data)
        throw DatabaseError(
            QString(QStringLiteral("stored reference data is invalid: ") + error.toString())
                .toStdString());
    data->version = q.value(0).toLongLong();
    return *data;
}

void ServerContext::audit(qint64 agentId, const QString &action, std::optional<qint64> accountId,
    const QString &callId, const QString &reason, const QString &detail) const
{
    AuditJournal::Row row {nowMs(), agentId, action, orNull(accountId), orNull(callId),
        orNull(reason), orNull(detail)};
    if (!m_db.inTransaction()) {
        if (!m_journal)
            m_journal = AuditJournal::forStore(m_db.spec());
        m_journal->append(std::move(row));
        return;
    }
    m_db.exec(QStringLiteral(
                  "INSERT INTO audit (at, agent_id, action, account_id, call_id, reason, detail)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {row.at, row.agentId, row.action, row.accountId, row.callId, row.reason, row.detail});
}

void ServerContext::recordChange(const QString &entity, qint64 entityId) const
{
    // Why no seq alone: on PostgreSQL, seq is taken at INSERT but becomes
    // visible at COMMIT, so a lower seq can appear after a reader has passed
    // it. The row's txid (the column's default: the writing transaction's
    // id) lets the feed serve only what no running transaction can precede.
    ChangeReaders::record(m_db, entity, entityId, nowMs());
}

void ServerContext::sendSms(const QString &recipient, const QString &body) const
{
    m_db.exec(QStringLiteral("INSERT INTO sms_log (recipient, body, created_at) VALUES (?, ?, ?)"),
        {recipient, body, nowMs()});
    if (m_config.smsLogFile.isEmpty())
        return;
    QFile file(m_config.smsLogFile);
    if (file.open(QIODevice::Append | QIODevice::Text)) {
        const QJsonObject line {{QStringLiteral("to"), recipient}, {QStringLiteral("body"), body},
            {QStringLiteral("at"), formatDateTime(QDateTime::currentDateTimeUtc())}};
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
}

} // namespace WalletDesk::Server
