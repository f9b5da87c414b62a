#pragma once

#include "ConsoleSettings.h"
#include "ReferenceData.h"
#include "TlsPolicy.h"

#include <QObject>

#include <memory>

namespace WalletDesk {

class AccountHistory;
class AdminServices;
class AccountService;
class ApiClient;
class CallSession;
class CallerNumberIndex;
class CallbackService;
class CallerActions;
class ComplaintService;
class CredentialStore;
class DraftStore;
class IdleLock;
class Outbox;
class PresenceReporter;
class RecordCache;
class Session;
class StoreFile;
class SupervisorServices;
class SyncEngine;
class TransactionFeed;

// Owns and wires the console's non-visual parts: the only place that makes
// services. The windows get theirs from here; a supervisor's part exists
// only while a supervisor is signed in. No singletons: whoever needs a
// service is handed it.
class ConsoleCore : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleCore(const ConsoleSettings &settings, QObject *parent = nullptr);
    ~ConsoleCore() override;

    // False with *error when the settings cannot work (CA file, pin).
    bool init(QString *error);

    const ConsoleSettings &settings() const { return m_settings; }
    ApiClient *api() const { return m_api; }
    Session *session() const { return m_session; }
    // The cache file and its parts; open while an agent is signed in.
    StoreFile *storeFile() const { return m_storeFile.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    RecordCache *recordCache() const { return m_cache.get(); }
    DraftStore *drafts() const { return m_drafts.get(); }
    SyncEngine *sync() const { return m_sync; }
    IdleLock *idleLock() const { return m_idleLock; }
    CallSession *call() const { return m_call; }
    // Tells the server whether the agent is on a call, for the wallboard.
    PresenceReporter *presence() const { return m_presence; }
    AccountService *accounts() const { return m_accounts; }
    // The keyed digests of caller numbers for offline pops, and their key.
    CallerNumberIndex *callerNumbers() const { return m_numbers; }
    ComplaintService *complaints() const { return m_complaints; }
    CallbackService *callbacks() const { return m_callbacks; }
    CallerActions *actions() const { return m_actions; }
    TransactionFeed *transactions() const { return m_transactions; }
    AccountHistory *history() const { return m_history; }
    // Null unless the signed-in agent is a supervisor.
    SupervisorServices *supervisor() const { return m_supervisor; }
    // Null unless an administrator is signed in; then none of the desk's
    // services (cache, sync, calls, presence) is started.
    AdminServices *admin() const { return m_admin; }
    // The pickers' lists, the calendar and the policy as last fetched (empty
    // before the first sign-in); SyncEngine::referenceChanged says when they change.
    ReferenceData referenceData() const;

    // At start: ends on the server the sessions of earlier sign-outs that
    // could not reach it (SessionRevoker); again after each sign-in while any wait.
    void sendPendingRevocations();
    // Quitting: signs out (unless the settings keep the sign-in at quit) and
    // waits for the server and the keychain, at most timeoutMs. True when
    // nothing of the session is left to a later start.
    bool signOutBeforeQuit(int timeoutMs);

    // Where the cache file goes; tests point it elsewhere.
    void setStorePathOverride(const QString &path) { m_storePathOverride = path; }

Q_SIGNALS:
    // The cache could not be opened, or was rebuilt: a message for people.
    void storeProblem(const QString &message);
    // A supervisor signed in (services given) or signed out (null).
    void supervisorChanged(WalletDesk::SupervisorServices *services);
    // An administrator signed in (services given) or signed out (null).
    void adminChanged(WalletDesk::AdminServices *services);

private:
    void onSignedIn();
    void onSignedOut();
    void dropSupervisor();
    void dropAdmin();

    ConsoleSettings m_settings;
    TlsPolicy m_tls;
    ApiClient *m_api = nullptr;
    CredentialStore *m_credentials = nullptr;
    Session *m_session = nullptr;
    // The parts use the file's connection: declared after it, they go first.
    std::unique_ptr<StoreFile> m_storeFile;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<RecordCache> m_cache;
    std::unique_ptr<DraftStore> m_drafts;
    SyncEngine *m_sync = nullptr;
    IdleLock *m_idleLock = nullptr;
    CallSession *m_call = nullptr;
    PresenceReporter *m_presence = nullptr;
    CallerNumberIndex *m_numbers = nullptr;
    AccountService *m_accounts = nullptr;
    ComplaintService *m_complaints = nullptr;
    CallbackService *m_callbacks = nullptr;
    CallerActions *m_actions = nullptr;
    TransactionFeed *m_transactions = nullptr;
    AccountHistory *m_history = nullptr;
    SupervisorServices *m_supervisor = nullptr;
    AdminServices *m_admin = nullptr;
    QString m_storePathOverride;
};

} // namespace WalletDesk
