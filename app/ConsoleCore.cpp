#include "ConsoleCore.h"

#include "AccountHistory.h"
#include "AccountService.h"
#include "AdminServices.h"
#include "ApiClient.h"
#include "ApprovalQueue.h"
#include "CallSession.h"
#include "CallbackService.h"
#include "CallerActions.h"
#include "CallerNumberIndex.h"
#include "ComplaintService.h"
#include "CredentialStore.h"
#include "DraftStore.h"
#include "IdleLock.h"
#include "Masking.h"
#include "Outbox.h"
#include "PresenceReporter.h"
#include "RecordCache.h"
#include "Session.h"
#include "SessionRevoker.h"
#include "StoreFile.h"
#include "SupervisorServices.h"
#include "SyncEngine.h"
#include "TransactionFeed.h"
#include "Wallboard.h"

#include <QEventLoop>
#include <QTimer>

namespace WalletDesk {

ConsoleCore::ConsoleCore(const ConsoleSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_storeFile(std::make_unique<StoreFile>())
    , m_outbox(std::make_unique<Outbox>(m_storeFile.get()))
    , m_cache(std::make_unique<RecordCache>(m_storeFile.get()))
    , m_drafts(std::make_unique<DraftStore>(m_storeFile.get()))
{
}

ConsoleCore::~ConsoleCore()
{
    if (m_call && m_storeFile->isOpen()) // signed out, the drafts are gone with the cache
        m_call->saveDraftNow();
}

bool ConsoleCore::init(QString *error)
{
    QString problem = m_settings.validate();
    if (problem.isEmpty())
        m_tls = TlsPolicy::fromSettings(m_settings, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    m_api = new ApiClient(m_settings, m_tls, this);
    m_credentials = new CredentialStore(QStringLiteral("WalletDesk"), this);
    m_session = new Session(m_api, m_credentials, this);
    m_sync = new SyncEngine(m_api, m_outbox.get(), m_cache.get(), this);
    m_idleLock = new IdleLock(this);
    m_idleLock->setTimeoutSeconds(m_settings.idleLockSeconds);
    m_call = new CallSession(m_drafts.get(), m_outbox.get(), this);
    m_presence = new PresenceReporter(m_api, m_call, this);
    m_numbers = new CallerNumberIndex(m_credentials, m_cache.get(), this);
    m_accounts = new AccountService(m_api, m_cache.get(), m_numbers, this);
    m_complaints = new ComplaintService(m_outbox.get(), this);
    m_callbacks = new CallbackService(m_outbox.get(), m_cache.get(), this);
    m_actions = new CallerActions(m_api, m_sync, this);
    m_transactions = new TransactionFeed(m_api, m_cache.get(), this);
    m_history = new AccountHistory(m_api, m_cache.get(), this);

    connect(m_session, &Session::signedIn, this, &ConsoleCore::onSignedIn);
    connect(m_session, &Session::signedOut, this, &ConsoleCore::onSignedOut);
    // Locked, the screen asks for the password; the outbox keeps going.
    connect(m_idleLock, &IdleLock::idle, m_session, &Session::lock);
    connect(m_session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::SignedIn) {
            m_idleLock->noteActivity();
            m_idleLock->start();
        } else if (state == Session::State::SignedOut) {
            // Signing out: nothing more goes out under this sign-in, and the
            // supervisor's desk closes now, not after the server's answer.
            m_idleLock->stop();
            m_sync->stop();
            m_presence->stop();
            dropSupervisor();
            dropAdmin();
        }
    });
    // The account chosen on a call, confirmed by the server, showing the
    // caller's number (masked alike): that number leads to it offline too.
    // The caller may have been found by name, or the pop's search may have
    // failed; the agent's choice on the call is what ties them.
    connect(m_accounts, &AccountService::accountReady, this,
        [this](const Account &account, const QDateTime &, bool fresh) {
            if (!fresh || !m_call->isActive() || m_call->accountId() != account.summary.id)
                return;
            const QString caller = m_call->callerNumber();
            if (!CallerNumberIndex::normalise(caller).isEmpty()
                && Masking::phone(caller) == account.summary.phone)
                m_numbers->rememberOpened(caller, account.summary.id);
        });
    connect(m_complaints, &ComplaintService::queued, m_sync, &SyncEngine::kick);
    connect(m_call, &CallSession::recordQueued, m_sync, &SyncEngine::kick);
    connect(
        m_complaints, &ComplaintService::loggedOnCall, m_call, &CallSession::noteComplaintLogged);
    connect(m_complaints, &ComplaintService::complaintCreated, m_call,
        &CallSession::noteComplaintNumbered);
    connect(m_sync, &SyncEngine::itemSent, m_complaints, &ComplaintService::noteSent);
    connect(m_callbacks, &CallbackService::queued, m_sync, &SyncEngine::kick);
    connect(m_sync, &SyncEngine::itemSent, m_callbacks, &CallbackService::noteSent);
    connect(m_sync, &SyncEngine::callbackChanged, m_callbacks, &CallbackService::noteServerCopy);
    return true;
}

void ConsoleCore::onSignedIn()
{
    // The server refuses an administrator every customer, call and feed
    // request: their console opens no cache and starts none of that.
    if (m_session->agent().role == Role::Admin) {
        if (!m_admin) {
            m_admin = new AdminServices(m_api, this);
            Q_EMIT adminChanged(m_admin);
        }
        if (m_session->revoker()->mayHavePending())
            m_session->revoker()->sendPending();
        return;
    }
    // The role decides, not the cache: a supervisor whose cache file fails
    // still gets the desk (it works online).
    if (m_session->agent().role == Role::Supervisor && !m_supervisor) {
        m_supervisor = new SupervisorServices(m_api, m_cache.get(), m_complaints, this);
        // Requests reach the supervisor whether the desk is open or not.
        connect(
            m_sync, &SyncEngine::actionChanged, m_supervisor->approvals(), &ApprovalQueue::refresh);
        m_supervisor->approvals()->refresh();
        Wallboard *board = m_supervisor->wallboard();
        connect(m_sync, &SyncEngine::presenceChanged, board, &Wallboard::noteChange);
        connect(m_sync, &SyncEngine::actionChanged, board, &Wallboard::noteChange);
        connect(m_sync, &SyncEngine::complaintChanged, board, &Wallboard::noteChange);
        Q_EMIT supervisorChanged(m_supervisor);
    }
    const QString path = m_storePathOverride.isEmpty()
        ? StoreFile::defaultPath(m_settings.serverUrl, m_session->agent().username)
        : m_storePathOverride;
    if (!m_storeFile->isOpen() || m_storeFile->path() != path) {
        QString error;
        if (!m_storeFile->open(path, &error)) {
            Q_EMIT storeProblem(error);
            return;
        }
        const StoreFile::OpenReport &report = m_storeFile->openReport();
        if (report.rebuilt)
            Q_EMIT storeProblem(tr("The local cache was rebuilt because %1. %2 unsent items and %3 "
                                   "note drafts were kept; "
                                   "the old file is at %4.")
                                    .arg(report.reason)
                                    .arg(report.recoveredOutbox)
                                    .arg(report.recoveredDrafts)
                                    .arg(report.movedAside));
        // Opened at this sign-in: calls a crash or a kill left unfinished
        // on this PC come back, the newest live and the others on hold.
        if (m_call->findUnfinished() > 0)
            m_call->resumeUnfinished();
    }
    // Once per sign-in: unlocking after the idle lock signs in again.
    if (m_numbers->keyState() == CallerNumberIndex::KeyState::NotLoaded)
        m_numbers->load(
            CredentialStore::numberKeyFor(m_settings.serverUrl, m_session->agent().username));
    m_callbacks->start();
    m_sync->start();
    m_presence->start();
    // The server answers: end what earlier sign-outs could not.
    if (m_session->revoker()->mayHavePending())
        m_session->revoker()->sendPending();
}

void ConsoleCore::sendPendingRevocations()
{
    m_session->revoker()->sendPending();
}

bool ConsoleCore::signOutBeforeQuit(int timeoutMs)
{
    if (!m_settings.signOutOnQuit)
        return m_session->state() == Session::State::SignedOut && !m_session->isSigningOut();
    if (m_session->state() != Session::State::SignedOut || m_session->isSigningOut()) {
        QEventLoop loop;
        connect(m_session, &Session::signedOut, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!m_session->isSigningOut())
            m_session->signOut();
        if (m_session->isSigningOut())
            loop.exec();
    }
    return !m_session->isSigningOut();
}

void ConsoleCore::dropSupervisor()
{
    if (!m_supervisor)
        return;
    // The windows let go first (their desk closes at once); the services
    // go on the next turn, after anyone still inside one of their signals.
    SupervisorServices *gone = std::exchange(m_supervisor, nullptr);
    Q_EMIT supervisorChanged(nullptr);
    gone->deleteLater();
}

void ConsoleCore::dropAdmin()
{
    if (!m_admin)
        return;
    AdminServices *gone = std::exchange(m_admin, nullptr);
    Q_EMIT adminChanged(nullptr);
    gone->deleteLater();
}

ReferenceData ConsoleCore::referenceData() const
{
    if (!m_storeFile->isOpen())
        return {};
    const auto cached = m_cache->reference();
    return cached ? cached->value : ReferenceData {};
}

void ConsoleCore::onSignedOut()
{
    m_callbacks->stop();
    m_idleLock->stop();
    m_sync->stop();
    dropSupervisor();
    dropAdmin();
    m_call->forgetUnfinished();
    // The digests go with the purge below; their key with them.
    m_numbers->forget();
    if (m_storeFile->isOpen()) {
        QString error;
        if (!m_storeFile->purgePersonalData(&error))
            Q_EMIT storeProblem(
                tr("Customer data cached on this computer could not all be deleted: %1")
                    .arg(error));
        m_storeFile->close();
    }
}

} // namespace WalletDesk
