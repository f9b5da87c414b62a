#include "CalendarAdmin.h"

#include "ApiClient.h"
#include "CallCenterTime.h"

#include <QJsonArray>

#include <algorithm>

namespace WalletDesk {

CalendarAdmin::CalendarAdmin(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

QList<Holiday> CalendarAdmin::daysOf(int year) const
{
    QList<Holiday> days;
    for (const Holiday &h : m_reference.holidays)
        if (h.date.year() == year)
            days.append(h);
    std::sort(days.begin(), days.end(),
        [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return days;
}

bool CalendarAdmin::take(const QJsonObject &json)
{
    CodecError error;
    const auto reference = decode<ReferenceData>(json, &error);
    if (!reference) {
        Q_EMIT failed(
            tr("The calendar from the server cannot be read (%1).").arg(error.toString()));
        return false;
    }
    m_reference = *reference;
    m_loaded = true;
    // An administrator's console runs no feed: its zone comes from here.
    CallCenterTime::setZone(m_reference.timeZone.toLatin1());
    Q_EMIT referenceChanged();
    return true;
}

void CalendarAdmin::load()
{
    m_api->get(QStringLiteral("/api/v1/reference"), this, [this](const ApiResult &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.message);
            return;
        }
        take(result.json);
    });
}

void CalendarAdmin::saveYear(int year, const QList<Holiday> &days)
{
    const int holidays = int(std::count_if(days.cbegin(), days.cend(),
        [](const Holiday &h) { return h.kind == HolidayKind::Holiday; }));
    put(QStringLiteral("/api/v1/calendar/%1").arg(year),
        {{QStringLiteral("days"), toJsonArray(days)}},
        tr("Calendar %1 saved: %2 holidays, %3 make-up working days.")
            .arg(year)
            .arg(holidays)
            .arg(days.size() - holidays),
        false);
}

void CalendarAdmin::savePolicy(const DeadlinePolicy &policy)
{
    put(QStringLiteral("/api/v1/deadline-policy"), policy.toJson(),
        tr("Deadline policy saved. Complaints already logged keep their deadlines."), true);
}

void CalendarAdmin::put(
    const QString &path, const QJsonObject &body, const QString &savedMessage, bool policy)
{
    const QByteArray ifMatch = QStringLiteral("\"v%1\"").arg(m_reference.version).toLatin1();
    m_api->write("PUT", path, body, this,
        [this, savedMessage, policy](const ApiResult &result) {
            if (result.status == 409 && result.error.code == QLatin1String("version_conflict")) {
                const ReferenceData before = m_reference;
                if (!take(result.json.value(QStringLiteral("current")).toObject()))
                    return;
                if (policy)
                    Q_EMIT policyConflict(before);
                else
                    Q_EMIT yearConflict(before);
                return;
            }
            if (!result.ok()) {
                Q_EMIT failed(result.message);
                return;
            }
            if (!take(result.json))
                return;
            if (policy)
                Q_EMIT policySaved(savedMessage);
            else
                Q_EMIT yearSaved(savedMessage);
        },
        {{"If-Match", ifMatch}});
}

} // namespace WalletDesk
