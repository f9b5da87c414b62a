#pragma once

#include "Account.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QAction;
class QGroupBox;

namespace WalletDesk {

class AccountSearchModel;
class AdminDesk;
class ActionBar;
class VerificationPanel;
class ConsoleCore;
class LanguageSwitch;
class TransactionFeed;
class TransactionListModel;
class TransactionsTab;
class SecurityTab;
class CardsTab;
class AccountHistoryTab;
class AccountHistory;
class CallGuidePanel;
class CallLinePanel;
class CallbacksView;
class SupervisorDesk;
class ApprovalTray;
class DesktopNotifier;
class ZoneClock;

// The agent's one screen: search always one keystroke away (Ctrl+K), the
// call on the left (caller, candidates, notes), the account on the right,
// connection, sync and idle lock in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ConsoleCore *core, LanguageSwitch *language, QWidget *parent = nullptr);

    // A caller number from the telephony system (command line or local
    // socket). During a live call the agent chooses: hold it and answer, or
    // queue the new caller.
    void takeCall(const QString &callerNumber);
    void openAccount(qint64 accountId);

    AccountSearchModel *candidates() const { return m_candidates; }

    // The Sign out command (Ctrl+Shift+L): asks first when unsent work or an
    // open call would be affected, then ends the session on the server and
    // in the keychain, and closes the window.
    void signOut();

Q_SIGNALS:
    // The agent closed the unlock prompt instead of typing the password:
    // that signs out as the Sign out command does (which first warns about
    // a live call or unsent work).
    void unlockAbandoned();
    // Signed out (by the agent, or the server ended the sign-in) and the
    // window closed: the sign-in comes next.
    void signedOut();
    // The agent quit and the window closed, signed out first unless the
    // settings keep the sign-in at quit.
    void quitRequested();

public:
    TransactionListModel *transactions() const { return m_transactions; }
    CallGuidePanel *guide() const { return m_guide; }
    // Supervisors only: complaints, approvals, dashboard and audit log.
    void openSupervisorDesk();
    SupervisorDesk *supervisorDesk() const { return m_desk; }
    ApprovalTray *approvalTray() const { return m_approvalTray; }
    // Administrators only: staff, calendar and policy instead of the desk.
    AdminDesk *adminDesk() const { return m_adminDesk; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Quitting signs out first (ConsoleSettings::signOutOnQuit).
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void applyReference();
    void updateRoleMenus();
    void updateApprovalTray();
    void updateAdminDesk();
    void retranslateAdminMenu();
    void search();
    void showAccount(const Account &account, const QDateTime &fetchedAt, bool fresh);
    void updateSyncStatus();
    void updateAge();
    void showShortcuts();
    void askForPassword(const QString &problem);
    void requestSignOut(bool quitting);
    QString signOutWarning() const;
    void startSignOut(bool quitting);
    void onSignedOut();
    void answer(const QString &callerNumber);
    void startManualCall();
    void scheduleCallback();
    void showCallbacks();
    // The agent calls a customer back (from a reminder or the list): a call
    // to that number, with the account opened and the reason in the notes.
    void callBack(const QString &phone, std::optional<qint64> accountId, const QString &reason);
    // The live call changed (new, switched, held, wrapped up): the screen
    // shows its caller, candidates, account and notes.
    void showLiveCall();
    void clearAccount();
    void logComplaint();
    void endCall();
    std::optional<qint64> selectedTransaction() const;

    ConsoleCore *m_core;
    LanguageSwitch *m_language;
    TransactionFeed *m_feed;
    AccountHistory *m_history;
    AccountSearchModel *m_candidates;
    TransactionListModel *m_transactions;
    std::optional<Account> m_account;
    QDateTime m_accountFetchedAt;
    bool m_accountFresh = false;

    QLineEdit *m_search = nullptr;
    QGroupBox *m_callBox = nullptr;
    QLabel *m_callLabel = nullptr;
    QTableView *m_candidateView = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_accountHeader = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_overview = nullptr;
    QList<QPair<QLabel *, QLabel *>> m_fields;
    QTableView *m_transactionView = nullptr;
    TransactionsTab *m_transactionsTab = nullptr;
    SecurityTab *m_securityTab = nullptr;
    CardsTab *m_cardsTab = nullptr;
    AccountHistoryTab *m_historyTab = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_unsent = nullptr;
    QLabel *m_age = nullptr;
    QLabel *m_idle = nullptr;
    ZoneClock *m_clock = nullptr;
    VerificationPanel *m_verification = nullptr;
    CallGuidePanel *m_guide = nullptr;
    CallLinePanel *m_line = nullptr;
    ActionBar *m_actionBar = nullptr;
    QAction *m_chinese = nullptr;
    QAction *m_english = nullptr;
    QAction *m_help = nullptr;
    QAction *m_findAction = nullptr;
    QMenu *m_consoleMenu = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    bool m_signingOut = false;
    bool m_quitting = false;
    bool m_closing = false;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_callMenu = nullptr;
    QAction *m_manualCallAction = nullptr;
    QAction *m_holdAction = nullptr;
    QAction *m_nextCallAction = nullptr;
    QAction *m_scheduleCallbackAction = nullptr;
    QAction *m_callbacksAction = nullptr;
    CallbacksView *m_callbacksView = nullptr;
    struct CallingBack
    {
        QString phone;
        std::optional<qint64> accountId;
        QString reason;
    };
    std::optional<CallingBack> m_callingBack;
    // The last search asked (its answer may come after a switch of calls).
    QString m_searchQuery;
    QString m_searchCallId;
    // The account the screen is for; other accounts' answers are dropped.
    qint64 m_shownAccountId = 0;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_supervisorMenu = nullptr;
    QAction *m_deskAction = nullptr;
    SupervisorDesk *m_desk = nullptr;
    ApprovalTray *m_approvalTray = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    AdminDesk *m_adminDesk = nullptr;
    QWidget *m_agentDesk = nullptr; // kept hidden while the administrator's desk shows
    QMenu *m_adminMenu = nullptr;
    QAction *m_staffAction = nullptr;
    QAction *m_calendarAction = nullptr;
    QAction *m_policyAction = nullptr;
};

} // namespace WalletDesk
