#include "SessionRevoker.h"

#include "ApiClient.h"
#include "CredentialStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRevoke, "walletdesk.signout")

namespace WalletDesk {

SessionRevoker::SessionRevoker(ApiClient *api, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
{
}

QString SessionRevoker::pendingKey() const
{
    return CredentialStore::pendingRevocationKeyFor(m_api->serverUrl());
}

void SessionRevoker::signOut(const QByteArray &accessToken, const QByteArray &refreshToken,
    const QString &signInKey, std::function<void(Outcome)> done)
{
    auto proceed = [=, this](bool parked) {
        if (!refreshToken.isEmpty() && !parked)
            qCWarning(lcRevoke) << "the keychain cannot keep the session for a later revocation";
        m_credentials->remove(signInKey, [=, this](const CredentialStore::Outcome &removed) {
            if (!removed.ok)
                qCWarning(lcRevoke).noquote()
                    << "the sign-in could not be deleted from the keychain:" << removed.message;
            end(accessToken, refreshToken,
                [=, this](const Ended &ended) { settle(refreshToken, parked, ended, done); });
        });
    };
    if (refreshToken.isEmpty()) {
        proceed(false);
        return;
    }
    m_mayHavePending = true;
    const QString token = QString::fromLatin1(refreshToken);
    editPending(
        [token](QStringList &tokens) {
            if (!tokens.contains(token))
                tokens.append(token);
        },
        proceed);
}

void SessionRevoker::discard(const QByteArray &accessToken, const QByteArray &refreshToken)
{
    end(accessToken, refreshToken, [=, this](const Ended &ended) {
        if (ended.confirmed)
            return;
        const QString keep
            = QString::fromLatin1(ended.newRefresh.isEmpty() ? refreshToken : ended.newRefresh);
        if (keep.isEmpty())
            return;
        m_mayHavePending = true;
        editPending(
            [keep](QStringList &tokens) {
                if (!tokens.contains(keep))
                    tokens.append(keep);
            },
            {});
    });
}

void SessionRevoker::settle(
    const QByteArray &token, bool parked, const Ended &ended, std::function<void(Outcome)> done)
{
    const QString old = QString::fromLatin1(token);
    if (ended.confirmed) {
        if (!parked) {
            done(Outcome::Revoked);
            return;
        }
        editPending([old](QStringList &tokens) { tokens.removeAll(old); },
            [done](bool) { done(Outcome::Revoked); });
        return;
    }
    if (!ended.newRefresh.isEmpty()) {
        // The server took the old token and opened a new session before the
        // connection failed: that new session is what is left to end.
        const QString replacement = QString::fromLatin1(ended.newRefresh);
        editPending(
            [old, replacement](QStringList &tokens) {
                tokens.removeAll(old);
                tokens.append(replacement);
            },
            [done](bool ok) { done(ok ? Outcome::Pending : Outcome::Lost); });
        return;
    }
    done(parked ? Outcome::Pending : Outcome::Lost);
}

void SessionRevoker::logout(
    const QByteArray &accessToken, std::function<void(const ApiResult &)> done)
{
    // This session's token, whatever the client holds now (maybe nothing,
    // maybe the next agent's).
    m_api->post(QStringLiteral("/api/v1/auth/logout"), {}, this, std::move(done),
        {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + accessToken}});
}

void SessionRevoker::end(
    const QByteArray &accessToken, const QByteArray &refreshToken, std::function<void(Ended)> done)
{
    if (accessToken.isEmpty()) {
        if (refreshToken.isEmpty())
            done({true, {}}); // nothing to end
        else
            endWithRefresh(refreshToken, std::move(done));
        return;
    }
    logout(accessToken, [=, this](const ApiResult &result) {
        if (result.ok()) {
            done({true, {}});
            return;
        }
        // An expired (or unknown) access token: the refresh token reaches
        // the session still.
        if (result.isClientError() && !result.isTransient() && !refreshToken.isEmpty()) {
            endWithRefresh(refreshToken, done);
            return;
        }
        qCInfo(lcRevoke).noquote() << "the server did not end the session:" << result.message;
        done({result.isClientError() && !result.isTransient() && refreshToken.isEmpty(), {}});
    });
}

void SessionRevoker::endWithRefresh(const QByteArray &refreshToken, std::function<void(Ended)> done)
{
    // The API ends a session only with its access token: trade the refresh
    // token (which kills it at once) for a new pair, and end that one.
    m_api->post(QStringLiteral("/api/v1/auth/refresh"),
        {{QStringLiteral("refreshToken"), QString::fromLatin1(refreshToken)}}, this,
        [=, this](const ApiResult &result) {
            if (result.ok()) {
                const QByteArray access
                    = result.json.value(QStringLiteral("accessToken")).toString().toLatin1();
                const QByteArray refresh
                    = result.json.value(QStringLiteral("refreshToken")).toString().toLatin1();
                if (access.isEmpty()) {
                    done({refresh.isEmpty(), refresh});
                    return;
                }
                logout(access, [=](const ApiResult &ended) {
                    if (!ended.ok())
                        qCInfo(lcRevoke).noquote()
                            << "the server did not end the session:" << ended.message;
                    done({ended.ok(), ended.ok() ? QByteArray() : refresh});
                });
                return;
            }
            // 401 invalid_refresh_token: used, revoked or expired;
            // the server will never take it again.
            if (result.isClientError() && !result.isTransient()) {
                done({true, {}});
                return;
            }
            qCInfo(lcRevoke).noquote()
                << "the server could not be reached to end the session:" << result.message;
            done({false, {}});
        });
}

void SessionRevoker::sendPending(std::function<void(int)> done)
{
    if (done)
        m_sendCallbacks.append(std::move(done));
    if (m_sending)
        return;
    m_sending = true;
    m_credentials->read(
        pendingKey(), [this](const CredentialStore::Outcome &o, const QString &secret) {
            if (!o.ok && !o.notFound) {
                qCInfo(lcRevoke).noquote()
                    << "kept revocations cannot be read from the keychain:" << o.message;
                finishSending(-1);
                return;
            }
            sendNext(secret.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        });
}

void SessionRevoker::sendNext(QStringList tokens)
{
    if (tokens.isEmpty()) {
        finishSending(0);
        return;
    }
    const QString token = tokens.takeFirst();
    end({}, token.toLatin1(), [=, this](const Ended &ended) {
        if (ended.confirmed) {
            editPending([token](QStringList &kept) { kept.removeAll(token); },
                [=, this](bool) { sendNext(tokens); });
            return;
        }
        // Not reached: the others wait for the next try as well.
        const int left = int(tokens.size()) + 1;
        if (ended.newRefresh.isEmpty()) {
            finishSending(left);
            return;
        }
        const QString replacement = QString::fromLatin1(ended.newRefresh);
        editPending(
            [token, replacement](QStringList &kept) {
                kept.removeAll(token);
                kept.append(replacement);
            },
            [=, this](bool) { finishSending(left); });
    });
}

void SessionRevoker::finishSending(int left)
{
    m_sending = false;
    m_mayHavePending = left != 0;
    if (left > 0)
        qCInfo(lcRevoke) << left << "signed-out session(s) wait for the server to end them";
    const auto callbacks = std::exchange(m_sendCallbacks, {});
    for (const auto &callback : callbacks)
        callback(left);
}

void SessionRevoker::editPending(Edit edit, std::function<void(bool)> done)
{
    m_edits.append({std::move(edit), std::move(done)});
    runNextEdit();
}

void SessionRevoker::runNextEdit()
{
    if (m_editing || m_edits.isEmpty())
        return;
    m_editing = true;
    const auto next = m_edits.takeFirst();
    const Edit edit = next.first;
    const std::function<void(bool)> done = next.second;
    const QString key = pendingKey();
    m_credentials->read(
        key, [=, this](const CredentialStore::Outcome &read, const QString &secret) {
            auto finish = [=, this](bool ok) {
                m_editing = false;
                if (done)
                    done(ok);
                runNextEdit();
            };
            if (!read.ok && !read.notFound) {
                finish(false);
                return;
            }
            const QStringList before = secret.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QStringList tokens = before;
            edit(tokens);
            if (tokens == before)
                finish(true);
            else if (tokens.isEmpty()) // no entry at all once nothing waits
                m_credentials->remove(
                    key, [finish](const CredentialStore::Outcome &o) { finish(o.ok); });
            else
                m_credentials->write(key, tokens.join(QLatin1Char('\n')),
                    [finish](const CredentialStore::Outcome &o) { finish(o.ok); });
        });
}

} // namespace WalletDesk
