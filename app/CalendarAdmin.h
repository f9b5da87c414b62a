#pragma once

#include "ReferenceData.h"

#include <QObject>

namespace WalletDesk {

class ApiClient;

// The administrator's working-day calendar and deadline policy: both are
// part of the reference data and saved against its version (If-Match), so
// two administrators cannot overwrite each other's changes unseen.
class CalendarAdmin : public QObject
{
    Q_OBJECT

public:
    explicit CalendarAdmin(ApiClient *api, QObject *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    const ReferenceData &reference() const { return m_reference; }
    // The holidays and make-up working days of one year, in date order.
    QList<Holiday> daysOf(int year) const;

    void load();
    void saveYear(int year, const QList<Holiday> &days);
    void savePolicy(const DeadlinePolicy &policy);

Q_SIGNALS:
    // The reference data is new (loaded, saved, or current after a conflict).
    void referenceChanged();
    void yearSaved(const QString &message);
    void policySaved(const QString &message);
    // Someone saved first: reference() is now theirs; before is what this
    // administrator's edit started from.
    void yearConflict(const WalletDesk::ReferenceData &before);
    void policyConflict(const WalletDesk::ReferenceData &before);
    void failed(const QString &message);

private:
    void put(
        const QString &path, const QJsonObject &body, const QString &savedMessage, bool policy);
    bool take(const QJsonObject &json);

    ApiClient *m_api;
    ReferenceData m_reference;
    bool m_loaded = false;
};

} // namespace WalletDesk
