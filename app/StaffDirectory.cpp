#include "StaffDirectory.h"

#include "ApiClient.h"

#include <QJsonArray>

#include <algorithm>

namespace WalletDesk {

StaffDirectory::StaffDirectory(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

std::optional<StaffMember> StaffDirectory::find(qint64 id) const
{
    for (const StaffMember &m : m_staff)
        if (m.id == id)
            return m;
    return std::nullopt;
}

QString StaffDirectory::messageFor(const ApiResult &result)
{
    const QString code = result.error.code;
    if (code == QLatin1String("username_taken"))
        return tr("That username is taken (perhaps by a disabled staff member).");
    if (code == QLatin1String("last_admin"))
        return tr("This would leave no enabled administrator.");
    if (code == QLatin1String("invalid_state"))
        return tr("You cannot disable your own sign-in.");
    if (code == QLatin1String("not_locked"))
        return tr("That sign-in is not locked.");
    if (code == QLatin1String("not_pending"))
        return tr("No two-factor enrolment is waiting for a code.");
    if (code == QLatin1String("invalid_otp"))
        return tr("The code does not match: check the phone's clock and type the code shown now.");
    if (code == QLatin1String("forbidden"))
        return tr("Only an administrator may do this.");
    return result.message;
}

void StaffDirectory::refresh()
{
    m_api->get(QStringLiteral("/api/v1/staff"), this, [this](const ApiResult &result) {
        if (!result.ok()) {
            Q_EMIT failed(messageFor(result), result.error.code);
            return;
        }
        CodecError error;
        const auto items = decodeItems<StaffMember>(result.json, &error);
        if (!items) {
            Q_EMIT failed(
                tr("The staff list from the server cannot be read (%1).").arg(error.toString()),
                QStringLiteral("malformed"));
            return;
        }
        m_staff = *items;
        Q_EMIT staffChanged();
    });
}

bool StaffDirectory::take(const QJsonObject &json, StaffMember *member)
{
    CodecError error;
    const auto decoded = decode<StaffMember>(json, &error);
    if (!decoded) {
        Q_EMIT failed(tr("The server's answer cannot be read (%1).").arg(error.toString()),
            QStringLiteral("malformed"));
        return false;
    }
    *member = *decoded;
    replace(*member);
    return true;
}

void StaffDirectory::replace(const StaffMember &member)
{
    for (StaffMember &m : m_staff) {
        if (m.id == member.id) {
            m = member;
            Q_EMIT staffChanged();
            return;
        }
    }
    m_staff.append(member);
    std::sort(m_staff.begin(), m_staff.end(),
        [](const StaffMember &a, const StaffMember &b) { return a.username < b.username; });
    Q_EMIT staffChanged();
}

void StaffDirectory::act(const QByteArray &method, const QString &path, const QJsonObject &body,
    const QMap<QByteArray, QByteArray> &headers, Then then)
{
    m_api->write(
        method, path, body, this,
        [this, then](const ApiResult &result) {
            if (!result.ok()) {
                Q_EMIT failed(messageFor(result), result.error.code);
                return;
            }
            // Answers with a one-time password or a secret wrap the record in "staff".
            const QJsonObject record = result.json.contains(QStringLiteral("staff"))
                ? result.json.value(QStringLiteral("staff")).toObject()
                : result.json;
            StaffMember member;
            if (take(record, &member))
                then(member, result.json);
        },
        headers);
}

void StaffDirectory::create(const QString &username, const QString &displayName, Role role)
{
    act("POST", QStringLiteral("/api/v1/staff"),
        {{QStringLiteral("username"), username}, {QStringLiteral("displayName"), displayName},
            {QStringLiteral("role"), enumToString(role)}},
        {}, [this](const StaffMember &m, const QJsonObject &json) {
            Q_EMIT created(m, json.value(QStringLiteral("oneTimePassword")).toString());
        });
}

void StaffDirectory::update(const StaffMember &member, const QString &displayName, Role role)
{
    const QString path = QStringLiteral("/api/v1/staff/%1").arg(member.id);
    const QByteArray ifMatch = QStringLiteral("\"v%1\"").arg(member.version).toLatin1();
    m_api->write("PATCH", path,
        {{QStringLiteral("displayName"), displayName},
            {QStringLiteral("role"), enumToString(role)}},
        this,
        [this, displayName, role](const ApiResult &result) {
            if (result.status == 409 && result.error.code == QLatin1String("version_conflict")) {
                StaffMember current;
                if (take(result.json.value(QStringLiteral("current")).toObject(), &current))
                    Q_EMIT versionConflict(current, displayName, role);
                return;
            }
            if (!result.ok()) {
                Q_EMIT failed(messageFor(result), result.error.code);
                return;
            }
            StaffMember m;
            if (take(result.json, &m))
                Q_EMIT done(tr("%1 saved.").arg(m.username));
        },
        {{"If-Match", ifMatch}});
}

void StaffDirectory::disable(qint64 id)
{
    act("POST", QStringLiteral("/api/v1/staff/%1/disable").arg(id), {}, {},
        [this](const StaffMember &m, const QJsonObject &) {
            Q_EMIT done(tr("%1 is disabled; their sessions have ended.").arg(m.username));
        });
}

void StaffDirectory::enable(qint64 id)
{
    act("POST", QStringLiteral("/api/v1/staff/%1/enable").arg(id), {}, {},
        [this](const StaffMember &m, const QJsonObject &) {
            Q_EMIT done(tr("%1 is enabled.").arg(m.username));
        });
}

void StaffDirectory::resetPassword(qint64 id)
{
    act("POST", QStringLiteral("/api/v1/staff/%1/password").arg(id), {}, {},
        [this](const StaffMember &m, const QJsonObject &json) {
            Q_EMIT passwordReset(m, json.value(QStringLiteral("oneTimePassword")).toString());
        });
}

void StaffDirectory::unlock(qint64 id)
{
    act("POST", QStringLiteral("/api/v1/staff/%1/unlock").arg(id), {}, {},
        [this](const StaffMember &m, const QJsonObject &) {
            Q_EMIT done(tr("%1 can sign in again.").arg(m.username));
        });
}

void StaffDirectory::enrolTotp(qint64 id)
{
    act("POST", QStringLiteral("/api/v1/staff/%1/totp").arg(id), {}, {},
        [this](const StaffMember &m, const QJsonObject &json) {
            Q_EMIT totpEnrolled(m, json.value(QStringLiteral("secret")).toString(),
                json.value(QStringLiteral("otpauthUri")).toString());
        });
}

void StaffDirectory::confirmTotp(qint64 id, const QString &code)
{
    act("POST", QStringLiteral("/api/v1/staff/%1/totp/confirm").arg(id),
        {{QStringLiteral("code"), code}}, {},
        [this](const StaffMember &m, const QJsonObject &) { Q_EMIT totpConfirmed(m); });
}

void StaffDirectory::removeTotp(qint64 id)
{
    act("DELETE", QStringLiteral("/api/v1/staff/%1/totp").arg(id), {}, {},
        [this](const StaffMember &m, const QJsonObject &) {
            Q_EMIT done(tr("Two-factor sign-in removed for %1.").arg(m.username));
        });
}

} // namespace WalletDesk
