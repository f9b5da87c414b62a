#include "CredentialStore.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "walletdesk.keychain")

namespace WalletDesk {

namespace {

CredentialStore::Outcome outcomeOf(QKeychain::Job *job)
{
    CredentialStore::Outcome o;
    o.ok = job->error() == QKeychain::NoError;
    o.notFound = job->error() == QKeychain::EntryNotFound;
    o.unavailable = job->error() == QKeychain::NoBackendAvailable
        || job->error() == QKeychain::NotImplemented;
    if (o.unavailable)
        o.message = CredentialStore::tr("no keychain is available on this computer (%1)")
                        .arg(job->errorString());
    else if (!o.ok && !o.notFound)
        o.message = CredentialStore::tr("the keychain refused access (%1)").arg(job->errorString());
    return o;
}

// A job is nobody's child: destroyed while the keychain works on it, the
// backend would call back into freed memory (libsecret does). It deletes
// itself once finished; callbacks are tied to the store and stop with it.
template<typename Job> Job *newJob(const QString &service)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    return job;
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString CredentialStore::keyFor(const QUrl &server, const QString &username)
{
    return QStringLiteral("%1:%2/%3").arg(server.host()).arg(server.port(443)).arg(username);
}

QString CredentialStore::pendingRevocationKeyFor(const QUrl &server)
{
    return QStringLiteral("%1:%2#pending-revocation").arg(server.host()).arg(server.port(443));
}

QString CredentialStore::numberKeyFor(const QUrl &server, const QString &username)
{
    return keyFor(server, username) + QStringLiteral("#cache-number-key");
}

void CredentialStore::read(const QString &key, ReadCallback callback)
{
    readAttempt(key, std::move(callback), true);
}

void CredentialStore::readAttempt(const QString &key, ReadCallback callback, bool retry)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, callback, retry, job] {
        const Outcome outcome = outcomeOf(job);
        // Right after log-in the Secret Service may not be up yet: try once more.
        if (!outcome.ok && !outcome.notFound && retry) {
            qCInfo(lcKeychain) << "keychain read failed, retrying once:" << job->errorString();
            QTimer::singleShot(
                1500, this, [this, key, callback] { readAttempt(key, callback, false); });
            return;
        }
        callback(outcome, outcome.ok ? job->textData() : QString());
    });
    job->start();
}

void CredentialStore::write(const QString &key, const QString &secret, Callback callback)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [callback, job] { callback(outcomeOf(job)); });
    job->start();
}

void CredentialStore::remove(const QString &key, Callback callback)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [callback, job] {
        Outcome o = outcomeOf(job);
        if (o.notFound) { // nothing to delete is as good as deleted
            o.ok = true;
            o.notFound = false;
        }
        callback(o);
    });
    job->start();
}

} // namespace WalletDesk
