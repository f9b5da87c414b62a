#include "Session.h"

#include "ApiClient.h"
#include "CredentialStore.h"

namespace WalletDesk {

Session::Session(ApiClient *api, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
    , m_revoker(new SessionRevoker(api, credentials, this))
{
    m_api->setRefresher([this](std::function<void(bool)> done) { refresh(std::move(done)); });
    connect(m_api, &ApiClient::sessionEnded, this, [this] {
        if (m_state == State::SignedIn)
            signOut();
    });
}

QString Session::keychainKey(const QString &username) const
{
    return CredentialStore::keyFor(m_api->serverUrl(), username);
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString Session::messageFor(const ApiResult &result)
{
    const QString code = result.error.code;
    if (code == QLatin1String("invalid_credentials"))
        return tr("Wrong username or password.");
    if (code == QLatin1String("agent_locked"))
        return tr("Too many failed sign-ins: this sign-in is locked for a while. Ask your "
                  "supervisor if it is urgent.");
    if (code == QLatin1String("otp_required"))
        return tr("Enter the code from your authenticator app.");
    if (code == QLatin1String("invalid_otp"))
        return tr("The code from your authenticator app is wrong.");
    if (code == QLatin1String("invalid_refresh_token"))
        return tr("Your sign-in has ended. Sign in again.");
    if (code == QLatin1String("account_disabled"))
        return tr("This sign-in has been disabled. Ask your administrator.");
    if (code == QLatin1String("validation_failed")
        && result.error.field == QLatin1String("currentPassword"))
        return tr("The current password is wrong.");
    if (code == QLatin1String("validation_failed")
        && result.error.field == QLatin1String("newPassword"))
        return tr("The server refused the new password: %1").arg(result.error.message);
    return result.message;
}

void Session::signIn(const QString &username, const QString &password, const QString &otp)
{
    setState(State::SigningIn);
    QJsonObject body {
        {QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
    if (!otp.isEmpty())
        body.insert(QStringLiteral("otp"), otp);
    m_api->post(QStringLiteral("/api/v1/auth/login"), body, this,
        [this, username](const ApiResult &result) {
            if (!result.ok()) {
                setState(State::SignedOut);
                Q_EMIT signInFailed(messageFor(result), result.error.code);
                return;
            }
            acceptTokens(result, username);
        });
}

void Session::acceptTokens(const ApiResult &result, const QString &username)
{
    const QByteArray access
        = result.json.value(QStringLiteral("accessToken")).toString().toLatin1();
    const QByteArray refresh
        = result.json.value(QStringLiteral("refreshToken")).toString().toLatin1();
    CodecError error;
    const auto agent = decode<Agent>(result.json.value(QStringLiteral("agent")).toObject(), &error);
    if (access.isEmpty() || refresh.isEmpty() || !agent) {
        setState(State::SignedOut);
        Q_EMIT signInFailed(
            tr("The server's answer to the sign-in cannot be read (%1).").arg(error.toString()),
            QStringLiteral("malformed"));
        return;
    }
    m_api->setAccessToken(access);
    m_refreshToken = refresh;
    m_agent = *agent;
    // A one-time password's session is kept out of the keychain: the
    // next start must not resume a sign-in whose password is not the person's own.
    if (result.json.value(QStringLiteral("passwordChangeRequired")).toBool()) {
        const bool already = m_state == State::MustChangePassword;
        setState(State::MustChangePassword);
        if (!already)
            Q_EMIT passwordChangeRequired(m_agent);
        return;
    }
    completeSignIn(username);
}

void Session::completeSignIn(const QString &username)
{
    m_credentials->write(keychainKey(username), QString::fromLatin1(m_refreshToken),
        [this](const CredentialStore::Outcome &o) {
            const QString warning = o.ok
                ? QString()
                : tr("Your sign-in cannot be kept in the keychain: %1. "
                     "You will be asked for your password at every sign-in.")
                      .arg(o.message);
            if (warning != m_keychainWarning) {
                m_keychainWarning = warning;
                Q_EMIT keychainWarningChanged(warning);
            }
        });
    setState(State::SignedIn);
    Q_EMIT signedIn(m_agent);
}

void Session::resume(const QString &username)
{
    setState(State::SigningIn);
    m_credentials->read(keychainKey(username),
        [this, username](const CredentialStore::Outcome &o, const QString &secret) {
            if (!o.ok) {
                setState(State::SignedOut);
                Q_EMIT resumeFailed(o.notFound
                        ? tr("Sign in with your password.")
                        : tr("Sign in with your password (%1).").arg(o.message));
                return;
            }
            m_api->post(QStringLiteral("/api/v1/auth/refresh"),
                {{QStringLiteral("refreshToken"), secret}}, this,
                [this, username](const ApiResult &result) {
                    if (!result.ok()) {
                        setState(State::SignedOut);
                        if (result.status == 401)
                            m_credentials->remove(
                                keychainKey(username), [](const CredentialStore::Outcome &) {});
                        Q_EMIT resumeFailed(messageFor(result));
                        return;
                    }
                    acceptTokens(result, username);
                });
        });
}

void Session::refresh(std::function<void(bool)> done)
{
    m_waitingForRefresh.append(std::move(done));
    if (m_refreshing)
        return; // one refresh serves every request that found its token expired
    if (m_refreshToken.isEmpty()) {
        const auto waiting = std::exchange(m_waitingForRefresh, {});
        for (const auto &callback : waiting)
            callback(false);
        return;
    }
    m_refreshing = true;
    const quint64 generation = m_generation;
    m_api->post(QStringLiteral("/api/v1/auth/refresh"),
        {{QStringLiteral("refreshToken"), QString::fromLatin1(m_refreshToken)}}, this,
        [this, generation](const ApiResult &result) {
            m_refreshing = false;
            if (generation != m_generation) {
                // Signed out meanwhile: the new pair must not sign
                // anyone in again; end that session too.
                if (result.ok())
                    m_revoker->discard(
                        result.json.value(QStringLiteral("accessToken")).toString().toLatin1(),
                        result.json.value(QStringLiteral("refreshToken")).toString().toLatin1());
                const auto waiting = std::exchange(m_waitingForRefresh, {});
                for (const auto &callback : waiting)
                    callback(false);
                return;
            }
            const bool ok = result.ok();
            if (ok) {
                const State before = m_state;
                acceptTokens(result, m_agent.username);
                if (before == State::Locked)
                    setState(State::Locked); // a refresh never unlocks the screen
            }
            const auto waiting = std::exchange(m_waitingForRefresh, {});
            for (const auto &callback : waiting)
                callback(ok);
            if (!ok && result.status == 401)
                signOut();
        });
}

void Session::lock()
{
    if (m_state == State::SignedIn)
        setState(State::Locked);
}

void Session::unlock(const QString &password, const QString &otp)
{
    if (m_state != State::Locked)
        return;
    QJsonObject body {
        {QStringLiteral("username"), m_agent.username}, {QStringLiteral("password"), password}};
    if (!otp.isEmpty())
        body.insert(QStringLiteral("otp"), otp);
    const QString username = m_agent.username;
    const quint64 generation = m_generation;
    m_api->post(QStringLiteral("/api/v1/auth/login"), body, this,
        [this, username, generation](const ApiResult &result) {
            if (generation != m_generation) { // signed out while the password was on its way
                if (result.ok())
                    m_revoker->discard(
                        result.json.value(QStringLiteral("accessToken")).toString().toLatin1(),
                        result.json.value(QStringLiteral("refreshToken")).toString().toLatin1());
                return;
            }
            if (!result.ok()) {
                Q_EMIT signInFailed(messageFor(result), result.error.code);
                return;
            }
            acceptTokens(result, username);
        });
}

void Session::changePassword(const QString &currentPassword, const QString &newPassword)
{
    if (m_state != State::MustChangePassword)
        return;
    const quint64 generation = m_generation;
    m_api->post(QStringLiteral("/api/v1/auth/password"),
        {{QStringLiteral("currentPassword"), currentPassword},
            {QStringLiteral("newPassword"), newPassword}},
        this, [this, generation](const ApiResult &result) {
            if (generation != m_generation || m_state != State::MustChangePassword)
                return;
            if (!result.ok()) {
                Q_EMIT passwordChangeFailed(messageFor(result), result.error.field);
                return;
            }
            completeSignIn(m_agent.username);
        });
}

void Session::abandonPasswordChange()
{
    if (m_state == State::MustChangePassword)
        endSession(true);
}

void Session::signOut()
{
    endSession(false);
}

void Session::endSession(bool abandoned)
{
    if (m_signingOut)
        return; // the sign-out under way emits signedOut()
    const QString username = m_agent.username;
    const QByteArray accessToken = m_api->accessToken();
    const QByteArray refreshToken = std::exchange(m_refreshToken, {});
    ++m_generation;
    // Nothing of this session is used from here on, by anyone.
    m_api->setAccessToken({});
    m_agent = {};
    if (username.isEmpty()) {
        setState(State::SignedOut);
        if (abandoned)
            Q_EMIT passwordChangeAbandoned();
        else
            Q_EMIT signedOut();
        return;
    }
    m_signingOut = true;
    setState(State::SignedOut);
    m_revoker->signOut(accessToken, refreshToken, keychainKey(username),
        [this, abandoned](SessionRevoker::Outcome outcome) {
            m_signingOut = false;
            m_lastSignOut = outcome;
            if (abandoned)
                Q_EMIT passwordChangeAbandoned();
            else
                Q_EMIT signedOut();
        });
}

} // namespace WalletDesk
