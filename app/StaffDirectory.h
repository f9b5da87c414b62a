#pragma once

#include "StaffMember.h"

#include <QObject>

#include <functional>

namespace WalletDesk {

class ApiClient;
struct ApiResult;

// The administrator's list of staff and what can be done to one of them
// (docs/api.md, "Administration"). Each action's answer replaces that person
// in the list; one-time passwords and TOTP secrets are handed on in a signal
// and kept nowhere.
class StaffDirectory : public QObject
{
    Q_OBJECT

public:
    explicit StaffDirectory(ApiClient *api, QObject *parent = nullptr);

    const QList<StaffMember> &staff() const { return m_staff; }
    std::optional<StaffMember> find(qint64 id) const;

    void refresh();
    void create(const QString &username, const QString &displayName, Role role);
    // Sent with If-Match on member's version: versionConflict() when someone
    // changed that person meanwhile.
    void update(const StaffMember &member, const QString &displayName, Role role);
    void disable(qint64 id);
    void enable(qint64 id);
    void resetPassword(qint64 id);
    void unlock(qint64 id);
    void enrolTotp(qint64 id);
    void confirmTotp(qint64 id, const QString &code);
    void removeTotp(qint64 id);

Q_SIGNALS:
    void staffChanged();
    void created(const WalletDesk::StaffMember &member, const QString &oneTimePassword);
    void passwordReset(const WalletDesk::StaffMember &member, const QString &oneTimePassword);
    void totpEnrolled(
        const WalletDesk::StaffMember &member, const QString &secret, const QString &otpauthUri);
    void totpConfirmed(const WalletDesk::StaffMember &member);
    // The edit was refused: current is the record as it is now; what the
    // administrator asked for comes back so it can be offered again.
    void versionConflict(
        const WalletDesk::StaffMember &current, const QString &displayName, WalletDesk::Role role);
    // code: the server's error code (e.g. invalid_otp), for callers that react to one.
    void failed(const QString &message, const QString &code);
    void done(const QString &message);

private:
    using Then = std::function<void(const StaffMember &, const QJsonObject &)>;
    void act(const QByteArray &method, const QString &path, const QJsonObject &body,
        const QMap<QByteArray, QByteArray> &headers, Then then);
    bool take(const QJsonObject &json, StaffMember *member);
    void replace(const StaffMember &member);
    static QString messageFor(const ApiResult &result);

    ApiClient *m_api;
    QList<StaffMember> m_staff;
};

} // namespace WalletDesk
