#pragma once

#include "Account.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace WalletDesk {

class CredentialStore;
class RecordCache;

// Lets an offline screen pop by the caller's full number find the cached
// account although the cache never holds a full number (DESIGN.md,
// "Security"): beside the cached accounts it keeps HMAC-SHA256(key, number),
// the number normalised as the server matches phones (national digits,
// without +86 / 0086). The key is the agent's, 32 random bytes in the
// keychain only (CredentialStore::numberKeyFor): without it a digest cannot
// be tested against the ten-odd billion possible numbers, so the file alone
// gives no number away.
//
// What is remembered, and when: the full numbers the console itself sees,
// which are the caller number of a pop and the number an agent searches by.
// When such a search is answered by the server, the digest points at the
// accounts the server gave (and at no other, replacing what it pointed at
// before). When an account is opened on a call and the server's account
// shows the caller's number (masked the same way), the digest points at it
// too. Offline, a search by a full number answers the cached accounts its
// digest points at, and nothing else.
//
// Limits: a number never searched or popped online on this PC, under this
// agent, since the last sign-out, is not known offline; nor is an account
// whose copy has left the cache. Without a keychain nothing is remembered
// and nothing is matched (no key file, no key in the cache: no fallback).
//
// The key lives as long as the cache it keys: it is made at first need,
// read at each sign-in (so that a cache left by a quit without sign-out, or
// a crash, still matches), and deleted at sign-out together with the purge
// of the digests. A digest that outlives the purge (a cache file moved aside
// as broken, a backup) can then never be tested again. If the keychain
// cannot delete it in time (quitting), the next sign-in reuses it, with an
// empty cache: nothing is lost or exposed by that.
class CallerNumberIndex : public QObject
{
    Q_OBJECT

public:
    enum class KeyState {
        NotLoaded, // signed out, or not yet signed in
        Loading, // read from (or being written to) the keychain
        Absent, // none yet: made at the first number to remember
        Ready,
        Unavailable, // no keychain, or it refused: nothing matched
    };
    Q_ENUM(KeyState)

    CallerNumberIndex(CredentialStore *credentials, RecordCache *cache, QObject *parent = nullptr);
    ~CallerNumberIndex() override;

    // The national digits of query when it is a full phone number as the
    // server's search reads one (digits, spaces, dashes, an optional +;
    // not four digits, not an account number), else an empty string.
    static QString normalise(const QString &query);

    // At sign-in: reads the agent's key (keychainKey from
    // CredentialStore::numberKeyFor).
    void load(const QString &keychainKey);
    // At sign-out: the key leaves memory and the keychain.
    void forget();
    KeyState keyState() const { return m_state; }

    // The server answered a search by this number with these accounts.
    void rememberSearch(const QString &number, const QList<qint64> &accountIds);
    // An account opened on a call from this number shows it.
    void rememberOpened(const QString &number, qint64 accountId);
    // The cached accounts remembered for this full number; empty when it is
    // not one, is unknown, or there is no key.
    QList<AccountSummary> find(const QString &number, int limit) const;

Q_SIGNALS:
    // A digest was written (or could not be): for tests and logs.
    void remembered(bool ok);
    void keyStateChanged(WalletDesk::CallerNumberIndex::KeyState state);

private:
    struct Pending
    {
        QString national;
        QList<qint64> accountIds;
        bool replace = false;
    };

    void remember(const QString &number, const QList<qint64> &accountIds, bool replace);
    void store(const Pending &pending);
    void createKey();
    void setState(KeyState state);
    void wipeKey();
    QByteArray digest(const QString &national) const;

    CredentialStore *m_credentials;
    RecordCache *m_cache;
    QString m_keychainKey;
    QByteArray m_key;
    KeyState m_state = KeyState::NotLoaded;
    // Numbers to remember once the key is read or made; in memory only.
    QList<Pending> m_pending;
    // Counts sign-ins and sign-outs: a keychain answer for an earlier one is dropped.
    quint64 m_generation = 0;
};

} // namespace WalletDesk
