#pragma once

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace WalletDesk {

// The agent's refresh token in the operating system's keychain (the Secret
// Service on Linux) through QtKeychain: asynchronous, never an insecure
// fallback file. Keys are namespaced by server and agent.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        bool notFound = false; // read: no entry under this key
        bool unavailable = false; // no keychain at all on this machine
        QString message; // for people, when !ok
    };
    using ReadCallback = std::function<void(const Outcome &, const QString &secret)>;
    using Callback = std::function<void(const Outcome &)>;

    explicit CredentialStore(
        const QString &service = QStringLiteral("WalletDesk"), QObject *parent = nullptr);

    static QString keyFor(const QUrl &server, const QString &username);
    // The one entry per server holding refresh tokens of sessions signed out
    // while the server could not be reached, until the server has ended them
    // (SessionRevoker). It never signs anyone in. No "/": no agent's key.
    static QString pendingRevocationKeyFor(const QUrl &server);
    // The agent's key for the cache's caller-number digests
    // (CallerNumberIndex); it signs no one in.
    static QString numberKeyFor(const QUrl &server, const QString &username);

    void read(const QString &key, ReadCallback callback);
    void write(const QString &key, const QString &secret, Callback callback);
    void remove(const QString &key, Callback callback);

private:
    void readAttempt(const QString &key, ReadCallback callback, bool retry);

    QString m_service;
};

} // namespace WalletDesk
