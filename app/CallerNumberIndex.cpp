#include "CallerNumberIndex.h"

#include "CredentialStore.h"
#include "Masking.h"
#include "RecordCache.h"

#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcKeychain)

namespace WalletDesk {

namespace {

constexpr int keyBytes = 32;
// Numbers waiting for the keychain: a few pops at most in practice; a
// keychain that never answers must not make the list grow for ever.
constexpr int maxPending = 32;

} // namespace

CallerNumberIndex::CallerNumberIndex(
    CredentialStore *credentials, RecordCache *cache, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_cache(cache)
{
}

CallerNumberIndex::~CallerNumberIndex()
{
    wipeKey();
}

QString CallerNumberIndex::normalise(const QString &query)
{
    // The same reading as AccountsApi::guessKind: what the server matches
    // against the full phone column is what may be remembered for it.
    static const QRegularExpression digits(QStringLiteral("^\\+?[0-9 -]+$"));
    const QString q = query.trimmed();
    if (!digits.match(q).hasMatch())
        return {};
    const QString national = Masking::nationalPhoneDigits(q);
    // Shorter than any full number (4 digits are a last-4 search), longer
    // than E.164 allows (16 digits are an account number).
    if (national.size() < 7 || national.size() > 15)
        return {};
    return national;
}

void CallerNumberIndex::setState(KeyState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT keyStateChanged(state);
}

void CallerNumberIndex::wipeKey()
{
    m_key.fill('\0');
    m_key.clear();
}

void CallerNumberIndex::load(const QString &keychainKey)
{
    wipeKey();
    m_pending.clear();
    m_keychainKey = keychainKey;
    const quint64 generation = ++m_generation;
    setState(KeyState::Loading);
    m_credentials->read(keychainKey,
        [this, generation](const CredentialStore::Outcome &outcome, const QString &secret) {
            if (generation != m_generation)
                return;
            if (outcome.ok) {
                m_key = QByteArray::fromBase64(secret.toLatin1());
                if (m_key.size() == keyBytes) {
                    setState(KeyState::Ready);
                    const QList<Pending> waiting = std::exchange(m_pending, {});
                    for (const Pending &p : waiting)
                        store(p);
                    return;
                }
                // Not one of ours: replaced at first need. Digests made
                // with it, if any, simply stop matching.
                qCWarning(lcKeychain) << "caller-number key unreadable; a new one will be made";
                wipeKey();
            }
            if (outcome.ok || outcome.notFound) {
                setState(KeyState::Absent);
                if (!m_pending.isEmpty())
                    createKey();
                return;
            }
            qCInfo(lcKeychain).noquote()
                << "no caller-number key, offline search by number is off:" << outcome.message;
            m_pending.clear();
            setState(KeyState::Unavailable);
        });
}

void CallerNumberIndex::createKey()
{
    QByteArray key(keyBytes, '\0');
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(key.data()), keyBytes / int(sizeof(quint32)));
    const quint64 generation = m_generation;
    setState(KeyState::Loading);
    // Used only once the keychain holds it: digests under a key that is
    // lost with this process would be kept for nothing.
    m_credentials->write(m_keychainKey, QString::fromLatin1(key.toBase64()),
        [this, generation, key](const CredentialStore::Outcome &outcome) mutable {
            if (generation != m_generation) {
                key.fill('\0');
                return;
            }
            if (!outcome.ok) {
                key.fill('\0');
                qCInfo(lcKeychain).noquote()
                    << "caller-number key not kept, offline search by number is off:"
                    << outcome.message;
                m_pending.clear();
                setState(KeyState::Unavailable);
                return;
            }
            m_key = key;
            key.fill('\0');
            setState(KeyState::Ready);
            const QList<Pending> waiting = std::exchange(m_pending, {});
            for (const Pending &p : waiting)
                store(p);
        });
}

void CallerNumberIndex::forget()
{
    ++m_generation;
    wipeKey();
    m_pending.clear();
    const KeyState was = m_state;
    setState(KeyState::NotLoaded);
    if (m_keychainKey.isEmpty() || was == KeyState::Unavailable)
        return;
    // The digests are purged with the cache at sign-out; without the key,
    // any copy of them that survives elsewhere can never be tested.
    m_credentials->remove(m_keychainKey, [](const CredentialStore::Outcome &outcome) {
        if (!outcome.ok)
            qCInfo(lcKeychain).noquote()
                << "caller-number key not deleted, reused at the next sign-in:" << outcome.message;
    });
}

void CallerNumberIndex::rememberSearch(const QString &number, const QList<qint64> &accountIds)
{
    remember(number, accountIds, true);
}

void CallerNumberIndex::rememberOpened(const QString &number, qint64 accountId)
{
    remember(number, {accountId}, false);
}

void CallerNumberIndex::remember(
    const QString &number, const QList<qint64> &accountIds, bool replace)
{
    Pending p {normalise(number), accountIds, replace};
    if (p.national.isEmpty())
        return;
    switch (m_state) {
    case KeyState::Ready:
        store(p);
        return;
    case KeyState::Absent:
        m_pending.append(p);
        createKey();
        return;
    case KeyState::Loading:
        if (m_pending.size() < maxPending)
            m_pending.append(p);
        return;
    case KeyState::NotLoaded:
    case KeyState::Unavailable:
        return;
    }
}

void CallerNumberIndex::store(const Pending &pending)
{
    const QByteArray d = digest(pending.national);
    QString error;
    bool ok = pending.replace ? m_cache->replaceNumberMatches(d, pending.accountIds, &error)
                              : m_cache->addNumberMatch(d, pending.accountIds.value(0), &error);
    Q_EMIT remembered(ok);
}

QByteArray CallerNumberIndex::digest(const QString &national) const
{
    return QMessageAuthenticationCode::hash(national.toLatin1(), m_key, QCryptographicHash::Sha256);
}

QList<AccountSummary> CallerNumberIndex::find(const QString &number, int limit) const
{
    const QString national = normalise(number);
    if (national.isEmpty() || m_state != KeyState::Ready)
        return {};
    return m_cache->accountsForNumber(digest(national), limit);
}

} // namespace WalletDesk
