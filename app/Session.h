#pragma once

#include "Agent.h"

#include <QObject>

namespace WalletDesk {

class ApiClient;
class CredentialStore;
struct ApiResult;

// The agent's sign-in: the access token lives only in memory (in the
// ApiClient), the refresh token in memory and in the keychain. Refreshes
// silently, locks and unlocks, and signs out.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, SignedIn, Locked };
    Q_ENUM(State)

    Session(ApiClient *api, CredentialStore *credentials, QObject *parent = nullptr);

    State state() const { return m_state; }
    const Agent &agent() const { return m_agent; }
    // Set when the keychain could not keep the refresh token, for the UI.
    QString keychainWarning() const { return m_keychainWarning; }

    void signIn(const QString &username, const QString &password, const QString &otp = {});
    // Signs in again from the refresh token in the keychain, without a password.
    void resume(const QString &username);
    // Trades the refresh token for a new pair; done(true) on success.
    void refresh(std::function<void(bool)> done);
    // Idle lock: the session stays, the screen asks for the password again.
    void lock();
    void unlock(const QString &password, const QString &otp = {});
    void signOut();

Q_SIGNALS:
    void stateChanged(WalletDesk::Session::State state);
    void signedIn(const WalletDesk::Agent &agent);
    void signInFailed(const QString &message, const QString &code);
    void resumeFailed(const QString &message);
    void keychainWarningChanged(const QString &message);
    // After sign-out: the owner purges personal data from the cache.
    void signedOut();

private:
    void setState(State state);
    void acceptTokens(const ApiResult &result, const QString &username);
    QString keychainKey(const QString &username) const;
    static QString messageFor(const ApiResult &result);

    ApiClient *m_api;
    CredentialStore *m_credentials;
    State m_state = State::SignedOut;
    Agent m_agent;
    QByteArray m_refreshToken;
    QString m_keychainWarning;
    bool m_refreshing = false;
    QList<std::function<void(bool)>> m_waitingForRefresh;
};

} // namespace WalletDesk
