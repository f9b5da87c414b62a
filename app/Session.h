#pragma once

#include "Agent.h"
#include "SessionRevoker.h"

#include <QObject>

namespace WalletDesk {

class ApiClient;
class CredentialStore;
struct ApiResult;

// The agent's sign-in: the access token lives only in memory (in the
// ApiClient), the refresh token in memory and in the keychain. Refreshes
// silently, locks and unlocks, and signs out: the session ends on the server
// and the keychain entry goes (SessionRevoker), before signedOut().
class Session : public QObject
{
    Q_OBJECT

public:
    // MustChangePassword: signed in with a one-time password; only POST
    // /auth/password is open until it is changed, and nothing of the desk starts.
    enum class State { SignedOut, SigningIn, MustChangePassword, SignedIn, Locked };
    Q_ENUM(State)

    Session(ApiClient *api, CredentialStore *credentials, QObject *parent = nullptr);

    State state() const { return m_state; }
    const Agent &agent() const { return m_agent; }
    // Set when the keychain could not keep the refresh token, for the UI.
    QString keychainWarning() const { return m_keychainWarning; }

    void signIn(const QString &username, const QString &password, const QString &otp = {});
    // In MustChangePassword: sets the new password, then signedIn() follows;
    // passwordChangeFailed() says why not.
    void changePassword(const QString &currentPassword, const QString &newPassword);
    // In MustChangePassword: ends the session as signOut() does, but ends with
    // passwordChangeAbandoned() instead of signedOut(): no desk was opened.
    void abandonPasswordChange();
    // Signs in again from the refresh token in the keychain, without a password.
    void resume(const QString &username);
    // Trades the refresh token for a new pair; done(true) on success.
    void refresh(std::function<void(bool)> done);
    // Idle lock: the session stays, the screen asks for the password again.
    void lock();
    void unlock(const QString &password, const QString &otp = {});
    // The state is SignedOut at once; signedOut() follows once the server has
    // ended the session (or the token waits in the keychain for the next
    // start, see SessionRevoker) and the keychain has no sign-in left.
    void signOut();
    bool isSigningOut() const { return m_signingOut; }
    // How the last sign-out ended on the server.
    SessionRevoker::Outcome lastSignOut() const { return m_lastSignOut; }
    SessionRevoker *revoker() const { return m_revoker; }

Q_SIGNALS:
    void stateChanged(WalletDesk::Session::State state);
    void signedIn(const WalletDesk::Agent &agent);
    void signInFailed(const QString &message, const QString &code);
    // The server wants a new password before anything else (a one-time password).
    void passwordChangeRequired(const WalletDesk::Agent &agent);
    // field: "newPassword" or "currentPassword" when the server names one.
    void passwordChangeFailed(const QString &message, const QString &field);
    void passwordChangeAbandoned();
    void resumeFailed(const QString &message);
    void keychainWarningChanged(const QString &message);
    // After sign-out: the owner purges personal data from the cache.
    void signedOut();

private:
    void setState(State state);
    void acceptTokens(const ApiResult &result, const QString &username);
    void completeSignIn(const QString &username);
    void endSession(bool abandoned);
    QString keychainKey(const QString &username) const;
    static QString messageFor(const ApiResult &result);

    ApiClient *m_api;
    CredentialStore *m_credentials;
    SessionRevoker *m_revoker;
    SessionRevoker::Outcome m_lastSignOut = SessionRevoker::Outcome::Revoked;
    bool m_signingOut = false;
    // Counts sign-outs: an answer that arrives after one is not taken.
    quint64 m_generation = 0;
    State m_state = State::SignedOut;
    Agent m_agent;
    QByteArray m_refreshToken;
    QString m_keychainWarning;
    bool m_refreshing = false;
    QList<std::function<void(bool)>> m_waitingForRefresh;
};

} // namespace WalletDesk
