#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace WalletDesk {

class ApiClient;
class CredentialStore;
struct ApiResult;

// Ends the agent's session on the server at sign-out, and ends it later when
// the server cannot be reached then.
//
// What is kept for a later revocation, and why: the refresh token itself, in
// the keychain only, under one entry per server
// (CredentialStore::pendingRevocationKeyFor), until the server has confirmed
// that the session is over. Nothing goes to QSettings, the cache or a log.
// - The API ends a session only through that session: POST /auth/logout
//   needs its access token, which lives in memory and dies with the process
//   (and expires in minutes), so at the next start only the refresh token can
//   still reach it (refresh, then log out with the new pair). A hash of the
//   token would need a revoke-by-digest endpoint the server does not have.
// - Deleting the token outright would leave the session live on the server
//   for the rest of its lifetime (12 hours) with no way to end it, while any
//   copy taken of it earlier keeps working: the revocation is what protects
//   the agent.
// - The keychain is where the token already was while signed in, so keeping
//   it there a little longer exposes nothing new; the entry is not the
//   agent's sign-in entry, so nothing ever signs in from it.
// Sign-out first parks the token there, then deletes the agent's sign-in
// entry, then asks the server: killed at any point, the console leaves a
// token that is either revoked or waiting to be, never one to sign in with.
class SessionRevoker : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Revoked, // the server confirmed: the session is over
        Pending, // not reached: the token waits in the keychain for the next start
        Lost, // not reached, and no keychain to keep it: it expires on its own
    };
    Q_ENUM(Outcome)

    SessionRevoker(ApiClient *api, CredentialStore *credentials, QObject *parent = nullptr);

    // Signs a session out: parks refreshToken under the pending entry,
    // deletes the agent's sign-in entry signInKey, and ends the session on the
    // server (with the access token, or through the refresh token when that
    // has expired). done() runs once the keychain holds what the outcome says.
    void signOut(const QByteArray &accessToken, const QByteArray &refreshToken,
        const QString &signInKey, std::function<void(Outcome)> done);
    // Ends a session nobody will use (tokens that arrived after a sign-out);
    // kept for later like any other if the server cannot be reached.
    void discard(const QByteArray &accessToken, const QByteArray &refreshToken);
    // Sends the revocations kept by earlier sign-outs (at start, and after a
    // sign-in shows that the server can be reached). done(left): how many
    // still wait; -1 when the keychain could not be read.
    void sendPending(std::function<void(int left)> done = {});
    // True while this process may have left something in the pending entry.
    bool mayHavePending() const { return m_mayHavePending; }

    QString pendingKey() const;

private:
    struct Ended
    {
        bool confirmed = false; // the server will not take the token again
        QByteArray newRefresh; // a new session the server opened meanwhile
    };
    void end(const QByteArray &accessToken, const QByteArray &refreshToken,
        std::function<void(Ended)> done);
    void endWithRefresh(const QByteArray &refreshToken, std::function<void(Ended)> done);
    void logout(const QByteArray &accessToken, std::function<void(const ApiResult &)> done);
    void settle(const QByteArray &token, bool parked, const Ended &ended,
        std::function<void(Outcome)> done);
    void sendNext(QStringList tokens);
    void finishSending(int left);

    // Read-modify-write of the pending entry, one at a time.
    using Edit = std::function<void(QStringList &tokens)>;
    void editPending(Edit edit, std::function<void(bool ok)> done);
    void runNextEdit();

    ApiClient *m_api;
    CredentialStore *m_credentials;
    QList<QPair<Edit, std::function<void(bool)>>> m_edits;
    bool m_editing = false;
    bool m_sending = false;
    bool m_mayHavePending = false;
    QList<std::function<void(int)>> m_sendCallbacks;
};

} // namespace WalletDesk
