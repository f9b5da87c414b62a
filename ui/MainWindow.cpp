#include "MainWindow.h"

#include "Accessibility.h"
#include "AccountHistory.h"
#include "AccountHistoryTab.h"
#include "AccountSearchModel.h"
#include "AccountService.h"
#include "ActionBar.h"
#include "ActionTexts.h"
#include "AdminDesk.h"
#include "AdminServices.h"
#include "ApprovalTray.h"
#include "CallGuide.h"
#include "CallGuidePanel.h"
#include "CallLinePanel.h"
#include "CallSession.h"
#include "CallbackDialog.h"
#include "CallbackReminder.h"
#include "CallbackService.h"
#include "CallbacksView.h"
#include "CallerActions.h"
#include "CardsTab.h"
#include "ComplaintDialog.h"
#include "ComplaintService.h"
#include "ConsoleCore.h"
#include "DesktopNotifier.h"
#include "DisplayNames.h"
#include "IdleLock.h"
#include "LanguageSwitch.h"
#include "Masking.h"
#include "MenuItemAccessible.h"
#include "ReadOnlyTable.h"
#include "SecurityTab.h"
#include "Session.h"
#include "SupervisorDesk.h"
#include "SupervisorServices.h"
#include "SyncEngine.h"
#include "TransactionFeed.h"
#include "TransactionListModel.h"
#include "TransactionsTab.h"
#include "VerificationPanel.h"
#include "WorkingCalendar.h"
#include "WrapUpDialog.h"
#include "ZoneClock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace WalletDesk {

namespace {
enum Tab { OverviewTab, SecurityTabIndex, CardsTabIndex, TransactionsTabIndex, HistoryTabIndex };
enum Field {
    FieldName,
    FieldPhone,
    FieldAccount,
    FieldStatus,
    FieldBalance,
    FieldKyc,
    FieldTwoFactor,
    FieldFailedLogins,
    FieldLockReason,
    FieldCount
};
} // namespace

MainWindow::MainWindow(ConsoleCore *core, LanguageSwitch *language, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_language(language)
    , m_feed(core->transactions())
    , m_history(core->history())
    , m_candidates(new AccountSearchModel(this))
    , m_transactions(new TransactionListModel(this))
{
    // Menu items read without their mnemonic markers ("通话", not "通话(L)").
    MenuItemAccessible::install();
    buildUi();
    retranslateUi();

    connect(m_core->accounts(), &AccountService::searchFinished, this,
        [this](const QString &query, const QList<AccountSummary> &results, bool fromCache,
            const QString &message) {
            // Only the answer to the last search, on the call it was made
            // on: a late answer must not put one caller's accounts on
            // another's screen (the calls may have been switched meanwhile).
            if (query != m_searchQuery || m_core->call()->callId() != m_searchCallId)
                return;
            m_candidates->setResults(results);
            if (m_core->call()->isActive())
                m_core->call()->setCandidates(results);
            if (fromCache)
                statusBar()->showMessage(message, 10000);
            if (!results.isEmpty()) {
                m_candidateView->setFocus();
                m_candidateView->selectRow(0);
            }
        });
    connect(m_core->accounts(), &AccountService::accountReady, this, &MainWindow::showAccount);
    connect(m_core->accounts(), &AccountService::accountFailed, this,
        [this](qint64, const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_candidateView, &QTableView::activated, this, [this](const QModelIndex &index) {
        openAccount(index.data(AccountSearchModel::IdRole).toLongLong());
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this,
        [this] { m_core->call()->setNotes(m_notes->toPlainText()); });
    // Lines the console adds (ticked steps, actions) show up in the editor.
    connect(m_core->call(), &CallSession::notesChanged, this, [this](const QString &notes) {
        if (m_notes->toPlainText() != notes)
            m_notes->setPlainText(notes);
    });
    connect(m_core->call(), &CallSession::liveChanged, this, &MainWindow::showLiveCall);
    // Calls the console lost (a crash, a kill) are back, the newest live.
    connect(m_core->call(), &CallSession::resumed, this,
        [this](const QDateTime &startedAt, int othersWaiting) {
            if (!startedAt.isValid()) { // all restored on hold: a call was live
                statusBar()->showMessage(
                    tr("%n unfinished call(s) restored on hold (Ctrl+Shift+H).", nullptr,
                        othersWaiting),
                    60000);
                return;
            }
            // The call center's clock, whatever the PC's zone.
            QString message
                = tr("Notes of an unfinished call from %1 were restored. Wrap it up with Alt+E.")
                      .arg(startedAt.toTimeZone(CallCenterTime::zone())
                               .toString(QStringLiteral("HH:mm")));
            if (othersWaiting > 0)
                message += QLatin1Char(' ')
                    + tr("%n more unfinished call(s) are on hold (Ctrl+Shift+H).", nullptr,
                        othersWaiting);
            statusBar()->showMessage(message, 60000);
            m_notes->setFocus();
        });
    // The cache refused a write of the call (notes, the record at wrap-up).
    // Autosave retries every few seconds: one box, kept current, not a pile.
    connect(m_core->call(), &CallSession::writeFailed, this, [this](const QString &message) {
        auto *box = findChild<QMessageBox *>(QStringLiteral("writeFailed"));
        if (!box) {
            box = new QMessageBox(
                QMessageBox::Warning, tr("Not saved"), QString(), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("writeFailed"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        box->setText(message);
    });
    auto *reminder = new CallbackReminder(m_core->callbacks(), this);
    connect(reminder, &CallbackReminder::callRequested, this, &MainWindow::callBack);
    connect(reminder, &CallbackReminder::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_core->callbacks(), &CallbackService::queueFailed, this,
        [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_core->sync(), &SyncEngine::stateChanged, this, &MainWindow::updateSyncStatus);
    connect(m_core->sync(), &SyncEngine::stateChanged, m_actionBar, &ActionBar::refresh);
    connect(m_core->sync(), &SyncEngine::stateChanged, m_verification, &VerificationPanel::refresh);
    connect(
        m_core->call(), &CallSession::complaintNumbered, this, [this](const QString &, qint64 id) {
            const QString text = tr("Complaint #%1 sent; the deadline clock runs.").arg(id);
            statusBar()->showMessage(text, 15000);
            Accessibility::announce(text, m_notes);
        });
    connect(m_core->sync(), &SyncEngine::complaintChanged, m_historyTab,
        &AccountHistoryTab::complaintChanged);
    connect(m_core->sync(), &SyncEngine::referenceChanged, this, &MainWindow::applyReference);
    connect(m_core->sync(), &SyncEngine::actionChanged, this, [this](const ActionRequest &action) {
        m_core->call()->trackRequest(action);
        if (action.status == ActionStatus::Approved || action.status == ActionStatus::Rejected)
            statusBar()->showMessage(actionRequestText(action), 30000);
    });
    connect(m_core->sync(), &SyncEngine::unsentCountChanged, this, &MainWindow::updateSyncStatus);
    connect(m_core->idleLock(), &IdleLock::secondsLeftChanged, this, [this](int seconds) {
        m_idle->setText(tr("Idle lock in %1:%2")
                            .arg(seconds / 60, 2, 10, QLatin1Char('0'))
                            .arg(seconds % 60, 2, 10, QLatin1Char('0')));
    });
    auto *ageTimer = new QTimer(this);
    connect(ageTimer, &QTimer::timeout, this, &MainWindow::updateAge);
    ageTimer->start(15000);
    qApp->installEventFilter(m_core->idleLock());
    connect(m_core, &ConsoleCore::supervisorChanged, this, &MainWindow::updateRoleMenus);
    connect(m_core, &ConsoleCore::supervisorChanged, this, &MainWindow::updateApprovalTray);
    updateApprovalTray(); // a supervisor may be signed in before the window exists
    connect(m_core, &ConsoleCore::adminChanged, this, &MainWindow::updateAdminDesk);
    updateAdminDesk();
    connect(m_core->session(), &Session::stateChanged, this, &MainWindow::applyReference);
    // Locked: the screen is covered until the password is given again; the
    // call, its notes and the outbox stay as they are.
    connect(m_core->session(), &Session::stateChanged, this, [this](Session::State state) {
        centralWidget()->setEnabled(state != Session::State::Locked);
        if (state == Session::State::Locked) {
            m_core->call()->saveDraftNow();
            askForPassword({});
        }
    });
    connect(m_core->session(), &Session::signInFailed, this, [this](const QString &message) {
        if (m_core->session()->state() == Session::State::Locked)
            askForPassword(message);
    });
    // Giving up at the lock signs out; the next agent signs in.
    connect(this, &MainWindow::unlockAbandoned, this, [this] {
        if (m_core->session()->state() == Session::State::Locked)
            requestSignOut(false);
    });
    connect(m_core->session(), &Session::signedOut, this, &MainWindow::onSignedOut);
}

void MainWindow::buildUi()
{
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_findAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(m_findAction);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::search);

    m_callBox = new QGroupBox(this);
    m_callLabel = new QLabel(m_callBox);
    m_callLabel->setObjectName(QStringLiteral("callLabel"));
    m_candidateView = new QTableView(m_callBox);
    m_candidateView->setObjectName(QStringLiteral("candidates"));
    m_candidateView->setModel(m_candidates);
    m_candidateView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidateView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_candidateView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_candidateView->verticalHeader()->hide();
    m_candidateView->setTabKeyNavigation(false); // one Tab stop; arrows move between rows
    fitColumnsToContents(m_candidateView); // the e-mail, last, gives way first
    // A common name pops several accounts: five in view before any scrolling.
    m_candidateView->setMinimumHeight(m_candidateView->horizontalHeader()->sizeHint().height()
        + 5 * m_candidateView->verticalHeader()->defaultSectionSize()
        + 2 * m_candidateView->frameWidth());
    m_notesLabel = new QLabel(m_callBox);
    m_notes = new QPlainTextEdit(m_callBox);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true); // Tab must leave the notes, not type a tab
    m_notesLabel->setBuddy(m_notes);
    m_verification = new VerificationPanel(m_core->call(), m_core->actions(), m_callBox);
    m_guide = new CallGuidePanel(m_core->call(), m_feed, m_history, m_callBox);
    m_line = new CallLinePanel(m_core->call(), m_callBox);
    // Tab follows the call box top to bottom: the notes come after the guide.
    setTabOrder(m_guide->findChild<QListWidget *>(QStringLiteral("guideSteps")), m_notes);
    auto *callLayout = new QVBoxLayout(m_callBox);
    callLayout->addWidget(m_callLabel);
    callLayout->addWidget(m_line);
    callLayout->addWidget(m_candidateView, 1);
    callLayout->addWidget(m_verification);
    callLayout->addWidget(m_guide, 3);
    callLayout->addWidget(m_notesLabel);
    callLayout->addWidget(m_notes, 1);

    auto *accountSide = new QWidget(this);
    m_accountHeader = new QLabel(accountSide);
    m_accountHeader->setObjectName(QStringLiteral("accountHeader"));
    QFont headerFont = m_accountHeader->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    headerFont.setBold(true);
    m_accountHeader->setFont(headerFont);
    m_tabs = new QTabWidget(accountSide);
    m_overview = new QWidget(m_tabs);
    auto *form = new QFormLayout(m_overview);
    for (int i = 0; i < FieldCount; ++i) {
        auto *label = new QLabel(m_overview);
        auto *value = new QLabel(m_overview);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setObjectName(QStringLiteral("field%1").arg(i));
        form->addRow(label, value);
        m_fields.append(qMakePair(label, value));
    }
    m_transactionsTab = new TransactionsTab(m_transactions, m_feed, m_tabs);
    m_transactionView = m_transactionsTab->view();
    m_securityTab = new SecurityTab(m_tabs);
    m_cardsTab = new CardsTab(m_tabs);
    m_historyTab = new AccountHistoryTab(m_history, m_tabs);
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_securityTab, QString());
    m_tabs->addTab(m_cardsTab, QString());
    m_tabs->addTab(m_transactionsTab, QString());
    m_tabs->addTab(m_historyTab, QString());
    // Alt+T lands in the log on what the caller is likely calling about,
    // also when the log's tab is open already (no tab change then).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == TransactionsTabIndex)
            m_transactionsTab->focusLog();
    });
    m_tabs->tabBar()->installEventFilter(this);
    auto *accountLayout = new QVBoxLayout(accountSide);
    accountLayout->addWidget(m_accountHeader);
    accountLayout->addWidget(m_tabs);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_callBox);
    splitter->addWidget(accountSide);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // The call side holds the checklist: give it room from the start.
    splitter->setSizes({520, 760});
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    m_actionBar = new ActionBar(
        m_core->call(), m_core->actions(), [this] { return selectedTransaction(); }, central);
    layout->addWidget(m_actionBar);
    setCentralWidget(central);
    connect(
        m_transactionsTab, &TransactionsTab::selectionChanged, m_actionBar, &ActionBar::refresh);
    connect(m_transactionsTab, &TransactionsTab::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_transactions, &QAbstractItemModel::modelReset, m_actionBar, &ActionBar::refresh);
    connect(m_actionBar, &ActionBar::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_actionBar, &ActionBar::actionDone, this, [this](const ActionRequest &action) {
        if (m_core->call()->accountId() == action.accountId)
            m_core->accounts()->open(
                action.accountId, m_core->call()->callId()); // show the new state
    });
    connect(m_actionBar, &ActionBar::logComplaintRequested, this, &MainWindow::logComplaint);
    connect(m_actionBar, &ActionBar::endCallRequested, this, &MainWindow::endCall);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connection"));
    m_unsent = new QLabel(this);
    m_unsent->setObjectName(QStringLiteral("unsent"));
    m_age = new QLabel(this);
    m_idle = new QLabel(this);
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(m_unsent);
    statusBar()->addPermanentWidget(m_age);
    statusBar()->addPermanentWidget(m_idle);
    m_clock = new ZoneClock(this);
    statusBar()->addPermanentWidget(m_clock);

    m_consoleMenu = menuBar()->addMenu(QString());
    m_signOutAction = m_consoleMenu->addAction(QString());
    m_signOutAction->setObjectName(QStringLiteral("signOut"));
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_signOutAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    m_consoleMenu->addSeparator();
    m_quitAction = m_consoleMenu->addAction(QString());
    m_quitAction->setObjectName(QStringLiteral("quit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_callMenu = menuBar()->addMenu(QString());
    m_manualCallAction = m_callMenu->addAction(QString());
    m_manualCallAction->setObjectName(QStringLiteral("manualCall"));
    m_manualCallAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_manualCallAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_manualCallAction, &QAction::triggered, this, &MainWindow::startManualCall);
    m_holdAction = m_callMenu->addAction(QString());
    m_holdAction->setObjectName(QStringLiteral("holdCall"));
    m_holdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_holdAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_holdAction, &QAction::triggered, this, [this] {
        if (m_core->call()->hold())
            statusBar()->showMessage(tr("Call on hold. Ctrl+Shift+H takes it back."), 15000);
    });
    m_nextCallAction = m_callMenu->addAction(QString());
    m_nextCallAction->setObjectName(QStringLiteral("nextCall"));
    m_nextCallAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_nextCallAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_nextCallAction, &QAction::triggered, this, [this] {
        if (!m_core->call()->switchToNext())
            statusBar()->showMessage(tr("No call is waiting."), 5000);
    });
    m_callMenu->addSeparator();
    m_scheduleCallbackAction = m_callMenu->addAction(QString());
    m_scheduleCallbackAction->setObjectName(QStringLiteral("scheduleCallback"));
    m_scheduleCallbackAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_scheduleCallbackAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_scheduleCallbackAction, &QAction::triggered, this, &MainWindow::scheduleCallback);
    m_callbacksAction = m_callMenu->addAction(QString());
    m_callbacksAction->setObjectName(QStringLiteral("showCallbacks"));
    m_callbacksAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_callbacksAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_callbacksAction, &QAction::triggered, this, &MainWindow::showCallbacks);
    // Under the console's menu: every letter of the menu bar is taken
    // (Alt+L is the Call menu), and the language is set once, not per call.
    m_languageMenu = new QMenu(this);
    m_consoleMenu->insertMenu(m_signOutAction, m_languageMenu);
    m_consoleMenu->insertSeparator(m_signOutAction);
    m_chinese = m_languageMenu->addAction(QStringLiteral("中文"));
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    connect(m_chinese, &QAction::triggered, this,
        [this] { m_language->setLanguage(Language::Chinese); });
    connect(m_english, &QAction::triggered, this,
        [this] { m_language->setLanguage(Language::English); });
    m_helpMenu = menuBar()->addMenu(QString());
    m_help = m_helpMenu->addAction(QString());
    m_help->setShortcut(QKeySequence::HelpContents);
    connect(m_help, &QAction::triggered, this, &MainWindow::showShortcuts);
    resize(1280, 800);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A tab's mnemonic on the tab already open changes nothing in Qt: the
    // log's still takes the agent into the log.
    if (watched == m_tabs->tabBar() && event->type() == QEvent::Shortcut
        && m_tabs->currentIndex() == TransactionsTabIndex) {
        const int index = m_tabs->tabBar()->currentIndex();
        QTimer::singleShot(0, this, [this, index] {
            if (m_tabs->currentIndex() == TransactionsTabIndex && index == TransactionsTabIndex)
                m_transactionsTab->focusLog();
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("WalletDesk"));
    m_search->setPlaceholderText(
        tr("Search [Ctrl+K]: phone, name, e-mail, account, order number, card last 4"));
    m_search->setAccessibleName(tr("Search accounts"));
    Accessibility::nameClearButton(m_search);
    m_callBox->setTitle(tr("Current call"));
    Accessibility::nameAfterText(m_callBox);
    CallSession *call = m_core->call();
    if (!call->isActive())
        m_callLabel->setText(call->waitingCount() > 0
                ? tr("No live call. Take a waiting call below, or start one with Ctrl+N.")
                : tr("No call. Type in the search box to look up an account."));
    else if (call->callerNumber().isEmpty())
        m_callLabel->setText(tr("Call without a caller number: search for the account."));
    else
        m_callLabel->setText(tr("Caller %1 (a caller number is a hint, not proof of identity)")
                                 .arg(Masking::phone(call->callerNumber())));
    m_candidateView->setAccessibleName(tr("Candidate accounts"));
    m_notesLabel->setText(tr("&Notes (saved automatically)"));
    m_notes->setAccessibleName(tr("Call notes"));
    m_tabs->setTabText(OverviewTab, tr("&Overview"));
    m_tabs->setTabText(SecurityTabIndex, tr("&Security"));
    m_tabs->setTabText(CardsTabIndex, tr("C&ards"));
    m_tabs->setTabText(TransactionsTabIndex, tr("&Transactions"));
    m_tabs->setTabText(HistoryTabIndex, tr("Histor&y"));
    m_tabs->setAccessibleName(tr("Account"));
    Accessibility::nameTabs(m_tabs);
    Accessibility::nameAfterText(m_notesLabel);
    const QStringList labels {tr("Name"), tr("Phone"), tr("Account"), tr("Status"), tr("Balance"),
        tr("Verification level"), tr("Two-factor sign-in"), tr("Failed sign-ins (24 h)"),
        tr("Lock reason")};
    for (int i = 0; i < FieldCount; ++i) {
        m_fields.at(i).first->setText(labels.at(i));
        Accessibility::nameValue(m_fields.at(i).second, labels.at(i));
    }
    m_consoleMenu->setTitle(tr("&WalletDesk"));
    m_signOutAction->setText(tr("&Sign out"));
    m_quitAction->setText(m_core->settings().signOutOnQuit ? tr("&Quit (signs out)") : tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_callMenu->setTitle(tr("Ca&ll"));
    m_manualCallAction->setText(tr("&New call without a number"));
    m_holdAction->setText(tr("&Hold the call"));
    m_nextCallAction->setText(tr("Take the next &waiting call"));
    m_scheduleCallbackAction->setText(tr("Schedule a &callback…"));
    m_callbacksAction->setText(tr("Call&backs…"));

    m_helpMenu->setTitle(tr("&Help"));
    updateRoleMenus();
    retranslateAdminMenu();
    m_help->setText(tr("Keyboard shortcuts"));
    m_findAction->setText(tr("Search"));
    if (m_account)
        showAccount(*m_account, m_accountFetchedAt, m_accountFresh);
    else
        m_accountHeader->setText(tr("No account open"));
    updateSyncStatus();
    updateAge();
    applyReference();
}

void MainWindow::applyReference()
{
    m_clock->refresh(); // the reference data name the call center's zone
    m_historyTab->setReference(m_core->referenceData(), m_language->language());
}

void MainWindow::takeCall(const QString &callerNumber)
{
    if (m_adminDesk)
        return; // an administrator takes no calls
    raise();
    activateWindow();
    CallSession *call = m_core->call();
    if (!call->isActive()) {
        answer(callerNumber);
        return;
    }
    // Already asking about one pop: the next waits in the queue, not in a
    // pile of boxes.
    if (findChild<QMessageBox *>(QStringLiteral("screenPop"))) {
        call->queue(callerNumber);
        return;
    }
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("screenPop"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Another call"));
    const QString current = call->callerNumber().isEmpty() ? tr("a call without a number")
                                                           : Masking::phone(call->callerNumber());
    box->setText(tr("%1 is calling while you are on the call with %2.")
                     .arg(Masking::phone(callerNumber), current));
    box->setInformativeText(tr("A held call keeps its notes, verification and requests."));
    QPushButton *take = box->addButton(tr("&Hold this call and answer"), QMessageBox::AcceptRole);
    take->setObjectName(QStringLiteral("holdAndAnswer"));
    QPushButton *later = box->addButton(tr("&Queue the new call"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("queueCall"));
    Accessibility::nameAfterText(take);
    Accessibility::nameAfterText(later);
    box->setDefaultButton(take);
    // Escape keeps the caller on the line the agent is talking to.
    box->setEscapeButton(later);
    connect(box, &QMessageBox::finished, this, [this, box, take, callerNumber] {
        if (box->clickedButton() == take) {
            answer(callerNumber);
            return;
        }
        m_core->call()->queue(callerNumber);
        statusBar()->showMessage(
            tr("%1 is waiting. Ctrl+Shift+H takes the call.").arg(Masking::phone(callerNumber)),
            15000);
    });
    box->open();
}

void MainWindow::answer(const QString &callerNumber)
{
    // showLiveCall looks the caller up.
    m_core->call()->start(callerNumber);
}

void MainWindow::callBack(
    const QString &phone, std::optional<qint64> accountId, const QString &reason)
{
    // A callback cached on this PC from an earlier sign-in has the number
    // masked (the full one is never stored): it cannot be dialled from here.
    if (phone.contains(QLatin1Char('*'))) {
        statusBar()->showMessage(
            tr("The full number of this callback is not on this PC; open it after the next sync."),
            15000);
        return;
    }
    m_callingBack = CallingBack {phone, accountId, reason};
    takeCall(phone); // asks first during a live call
}

void MainWindow::scheduleCallback()
{
    CallSession *call = m_core->call();
    auto *dialog = new CallbackDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString accountText = m_account && call->accountId() == m_account->summary.id
        ? m_accountHeader->text()
        : QString();
    dialog->setCall(call->callerNumber(), accountText.isEmpty() ? std::nullopt : call->accountId(),
        accountText, call->callId());
    connect(
        m_core->callbacks(), &CallbackService::queueFailed, dialog, &CallbackDialog::showProblem);
    connect(dialog, &CallbackDialog::submitted, this, [this, dialog] {
        const QDateTime due = dialog->dueAt();
        if (m_core->callbacks()
                ->schedule(
                    dialog->phone(), dialog->reason(), due, dialog->accountId(), dialog->callId())
                .isEmpty())
            return;
        const QString when
            = due.toTimeZone(CallCenterTime::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!dialog->callId().isEmpty())
            m_core->call()->appendToNotes(
                dialog->callId(), tr("Callback scheduled for %1: %2").arg(when, dialog->reason()));
        statusBar()->showMessage(
            tr("Callback scheduled for %1 (%2).").arg(when, DisplayNames::zoneName()), 15000);
        dialog->accept();
    });
    dialog->open();
}

void MainWindow::showCallbacks()
{
    if (!m_callbacksView) {
        m_callbacksView = new CallbacksView(
            m_core->callbacks(),
            [this](qint64 id) { return m_core->accounts()->cachedAccountNumber(id); }, this);
        connect(m_callbacksView, &CallbacksView::callRequested, this, &MainWindow::callBack);
    }
    m_callbacksView->show();
    m_callbacksView->raise();
    m_callbacksView->activateWindow();
}

void MainWindow::startManualCall()
{
    m_core->call()->start(QString());
    statusBar()->showMessage(tr("Call started without a number: search for the account."), 10000);
    m_search->setFocus();
}

void MainWindow::showLiveCall()
{
    CallSession *call = m_core->call();
    retranslateUi();
    if (!call->isActive()) {
        m_notes->clear();
        m_search->clear();
        m_candidates->setResults({});
        clearAccount();
        if (call->waitingCount() > 0)
            m_line->list()->setFocus();
        return;
    }
    m_search->setText(call->callerNumber());
    m_candidates->setResults(call->candidates());
    // A callback the agent makes (now, or once its queued call is taken):
    // the account it is about, and why, are on screen at once.
    if (m_callingBack && m_callingBack->phone == call->callerNumber() && call->notes().isEmpty()
        && !call->accountId()) {
        const CallingBack back = *std::exchange(m_callingBack, std::nullopt);
        call->appendToNotes(tr("Callback: %1").arg(back.reason));
        if (back.accountId) {
            openAccount(*back.accountId);
            return;
        }
    }
    if (call->accountId()) {
        if (m_shownAccountId != *call->accountId())
            openAccount(*call->accountId());
        return;
    }
    clearAccount();
    // A new call, or a queued one just taken: look the caller up.
    if (!call->callerNumber().isEmpty() && call->candidates().isEmpty())
        search();
}

void MainWindow::clearAccount()
{
    // The next caller must not see the last one's account.
    m_account.reset();
    m_shownAccountId = 0;
    m_accountHeader->setText(tr("No account open"));
    for (const auto &field : std::as_const(m_fields))
        field.second->clear();
    m_securityTab->clear();
    m_cardsTab->showCards({});
    m_transactionsTab->clear();
    m_historyTab->clear();
    m_guide->clearAccount();
    updateAge();
}

void MainWindow::search()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty())
        return;
    statusBar()->showMessage(tr("Searching…"), 3000);
    m_searchQuery = query;
    m_searchCallId = m_core->call()->callId();
    m_core->accounts()->search(query, m_searchCallId);
}

void MainWindow::openAccount(qint64 accountId)
{
    if (m_core->call()->isActive())
        m_core->call()->chooseAccount(accountId);
    m_account.reset();
    m_shownAccountId = accountId;
    m_core->accounts()->open(accountId, m_core->call()->callId());
    m_transactionsTab->showAccount(accountId, m_core->call()->callId());
    m_historyTab->showAccount(accountId, m_core->call()->callId());
}

void MainWindow::showAccount(const Account &account, const QDateTime &fetchedAt, bool fresh)
{
    // A late answer (a refresh of the account of a call since held or
    // ended) is not for this screen.
    if (account.summary.id != m_shownAccountId)
        return;
    m_account = account;
    m_accountFetchedAt = fetchedAt;
    m_accountFresh = fresh;
    const AccountSummary &s = account.summary;
    // The candidate row says what the header says (an unlock changes both).
    m_candidates->updateAccount(s);
    m_accountHeader->setText(
        QStringLiteral("%1 · %2 · %3")
            .arg(s.name, s.accountNumber, DisplayNames::accountStatus(s.status)));
    const QStringList values {s.name, s.phone, s.accountNumber,
        DisplayNames::accountStatus(s.status), DisplayNames::amount(account.balance),
        QString::number(s.kycLevel), account.twoFactorEnabled ? tr("On") : tr("Off"),
        QString::number(account.failedLoginsLast24h),
        account.lockReason.isEmpty() ? tr("—") : account.lockReason};
    for (int i = 0; i < FieldCount; ++i) {
        m_fields.at(i).second->setText(values.at(i));
        // Tab reads "Status: Locked", not a bare "Locked".
        Accessibility::nameValue(m_fields.at(i).second, m_fields.at(i).first->text());
    }
    m_securityTab->showAccount(account);
    m_guide->setAccount(account);
    m_cardsTab->showCards(account.cards);
    updateAge();
}

void MainWindow::updateSyncStatus()
{
    const SyncEngine *sync = m_core->sync();
    QString state;
    switch (sync->state()) {
    case SyncEngine::State::Offline:
        state = tr("Offline");
        break;
    case SyncEngine::State::Online:
        state = tr("Online");
        break;
    case SyncEngine::State::Syncing:
        state = tr("Syncing");
        break;
    case SyncEngine::State::Error:
        state = tr("Needs attention: %1").arg(sync->lastError());
        break;
    }
    m_connection->setText(state);
    m_unsent->setText(tr("Unsent %1").arg(qMax(0, sync->unsentCount())));
}

void MainWindow::updateAge()
{
    if (!m_account) {
        m_age->clear();
        return;
    }
    const qint64 minutes = m_accountFetchedAt.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    m_age->setText(m_accountFresh && minutes < 1
            ? tr("Account data: live")
            : tr("Account data: %n min old", nullptr, int(minutes)));
}

std::optional<qint64> MainWindow::selectedTransaction() const
{
    const QModelIndexList rows = m_transactionView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_transactions->at(rows.first().row()).id;
}

void MainWindow::logComplaint()
{
    auto *dialog = new ComplaintDialog(m_core->referenceData(), m_language->language(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccount(
        m_core->call()->accountId(), m_core->call()->callId(), selectedTransaction());
    // The category follows what the call is about: the row picked in the
    // log (its trouble), else the call's reason.
    std::optional<Transaction> linked;
    bool repeat = false;
    if (const QModelIndexList rows = m_transactionView->selectionModel()->selectedRows();
        !rows.isEmpty()) {
        linked = m_transactions->at(rows.first().row());
        repeat = m_transactions->exceptionAt(rows.first().row())
            == TransactionListModel::Exception::DuplicateCharge;
    }
    dialog->suggestCategory(CallGuide::complaintCategory(m_guide->kind(), linked, repeat));
    const QString callId = m_core->call()->callId();
    // A failed save keeps the dialog open with what was typed (queueFailed
    // tells it why); only a queued complaint closes it.
    connect(m_core->complaints(), &ComplaintService::queueFailed, dialog,
        &ComplaintDialog::showProblem);
    connect(dialog, &ComplaintDialog::submitted, this,
        [this, dialog, callId](const ComplaintDraft &draft) {
            if (m_core->complaints()->queue(draft).isEmpty())
                return;
            dialog->accept();
            m_core->call()->appendToNotes(callId, tr("Complaint logged."));
            statusBar()->showMessage(
                tr("Complaint queued; it is sent as soon as the server can be reached."), 15000);
        });
    dialog->open();
}

void MainWindow::endCall()
{
    const ReferenceData reference = m_core->referenceData();
    CallSession *call = m_core->call();
    auto *dialog = new WrapUpDialog(reference, m_language->language(), call->complaintId(),
        call->suggestedWrapUpCode(reference.wrapUpCodes), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString callId = call->callId();
    connect(dialog, &QDialog::accepted, this, [this, dialog, call, callId] {
        // Another call went live meanwhile: this wrap-up is not its.
        if (call->callId() != callId)
            return;
        // Not queued: the call, its notes and the screen stay as they are;
        // writeFailed has told the agent why.
        if (!call->end(dialog->wrapUpCode()))
            return;
        QString message = tr("Call ended; its record is queued.");
        if (call->waitingCount() > 0)
            message += QLatin1Char(' ')
                + tr("%n call(s) waiting: Enter takes the one selected.", nullptr,
                    call->waitingCount());
        else
            m_search->setFocus();
        statusBar()->showMessage(message, 10000);
    });
    dialog->open();
}

void MainWindow::askForPassword(const QString &problem)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("unlockPrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("WalletDesk is locked"));
    dialog->setLabelText((problem.isEmpty() ? QString() : problem + QLatin1Char('\n'))
        + tr("Password for %1:").arg(m_core->session()->agent().username));
    dialog->setTextEchoMode(QLineEdit::Password);
    Accessibility::nameDialogButtons(dialog);
    connect(dialog, &QInputDialog::textValueSelected, this,
        [this](const QString &password) { m_core->session()->unlock(password); });
    connect(dialog, &QDialog::rejected, this, &MainWindow::unlockAbandoned);
    dialog->open();
}

void MainWindow::signOut()
{
    requestSignOut(false);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const Session *session = m_core->session();
    if (m_closing || (session->state() == Session::State::SignedOut && !session->isSigningOut())) {
        QMainWindow::closeEvent(event);
        if (!m_closing)
            Q_EMIT quitRequested();
        return;
    }
    event->ignore();
    if (session->isSigningOut()) {
        m_quitting = true; // closes once the sign-out is through
        return;
    }
    if (!m_core->settings().signOutOnQuit) {
        // This deployment keeps the sign-in at quit: the draft is kept too.
        m_core->call()->saveDraftNow();
        m_closing = true;
        close();
        m_closing = false;
        Q_EMIT quitRequested();
        return;
    }
    requestSignOut(true);
}

QString MainWindow::signOutWarning() const
{
    QStringList parts;
    const int unsent = qMax(0, m_core->sync()->unsentCount());
    if (unsent > 0) {
        const Agent &agent = m_core->session()->agent();
        const QString who = agent.displayName.isEmpty()
            ? agent.username
            : QStringLiteral("%1 (%2)").arg(agent.displayName, agent.username);
        parts << tr("%n item(s) you wrote have not reached the server yet. They stay on this "
                    "computer and are sent "
                    "when %1 signs in here again.",
            nullptr, unsent)
                     .arg(who);
    }
    const int open = (m_core->call()->isActive() ? 1 : 0) + m_core->call()->waitingCount();
    if (open > 0)
        parts << tr("%n call(s) still open and not wrapped up (live, held or queued): they get no "
                    "call record, and their notes are deleted at sign-out. Cancel and end each "
                    "call first (Alt+E) to keep them.",
            nullptr, open);
    return parts.join(QLatin1String("\n\n"));
}

void MainWindow::requestSignOut(bool quitting)
{
    if (m_signingOut) {
        m_quitting = m_quitting || quitting;
        return;
    }
    if (findChild<QMessageBox *>(QStringLiteral("signOutConfirmation")))
        return; // already asking
    const QString warning = signOutWarning();
    if (warning.isEmpty()) {
        startSignOut(quitting);
        return;
    }
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("signOutConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(quitting ? tr("Quit WalletDesk") : tr("Sign out"));
    box->setText(
        quitting ? tr("Quitting signs you out. Sign out and quit now?") : tr("Sign out now?"));
    box->setInformativeText(warning);
    QPushButton *confirm = box->addButton(
        quitting ? tr("Sign out and &quit") : tr("&Sign out"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmSignOut"));
    QPushButton *cancel = box->addButton(tr("&Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelSignOut"));
    Accessibility::nameAfterText(confirm);
    Accessibility::nameAfterText(cancel);
    // Enter must not throw the call's notes away: the safe answer is the default.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, quitting] {
        if (box->clickedButton() == confirm)
            startSignOut(quitting);
        else if (m_core->session()->state() == Session::State::Locked)
            askForPassword({}); // still locked: back to the password
    });
    box->open();
}

void MainWindow::startSignOut(bool quitting)
{
    m_signingOut = true;
    m_quitting = quitting;
    centralWidget()->setEnabled(false);
    m_signOutAction->setEnabled(false);
    statusBar()->showMessage(tr("Signing out…"));
    m_core->session()->signOut();
}

void MainWindow::onSignedOut()
{
    // The session is over on the server and in the keychain (or waits for
    // the next start): the window goes, with whatever it still shows.
    m_signingOut = false;
    for (QDialog *dialog : findChildren<QDialog *>()) {
        if (dialog->isVisible()) {
            dialog->disconnect(this);
            dialog->close();
        }
    }
    const bool quitting = std::exchange(m_quitting, false);
    m_closing = true;
    close();
    m_closing = false;
    m_signOutAction->setEnabled(true);
    centralWidget()->setEnabled(true);
    if (quitting)
        Q_EMIT quitRequested();
    else
        Q_EMIT signedOut();
}

void MainWindow::updateRoleMenus()
{
    // Supervisors get their desk; an agent's console has no such menu at all.
    // The role is known once signed in, after the window was made.
    const bool supervisor = m_core->supervisor() != nullptr;
    if (supervisor && !m_supervisorMenu) {
        m_supervisorMenu = new QMenu(this);
        menuBar()->insertMenu(m_helpMenu->menuAction(), m_supervisorMenu);
        m_deskAction = m_supervisorMenu->addAction(QString());
        m_deskAction->setObjectName(QStringLiteral("openSupervisorDesk"));
        m_deskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        connect(m_deskAction, &QAction::triggered, this, &MainWindow::openSupervisorDesk);
    } else if (!supervisor && m_supervisorMenu) {
        delete m_desk;
        m_desk = nullptr;
        delete m_supervisorMenu; // takes the action with it
        m_supervisorMenu = nullptr;
        m_deskAction = nullptr;
    }
    if (m_supervisorMenu) {
        // J: Alt+S is the Security tab's, every letter of "Supervisor" is
        // taken by a control of this window already, and Z is Unfreeze.
        m_supervisorMenu->setTitle(tr("Supervisor (&J)"));
        m_deskAction->setText(tr("Approvals and complaints…"));
    }
}

void MainWindow::updateAdminDesk()
{
    // An administrator's console is not a desk: no search, no call line, no
    // account; their screens take the window's place until they sign out.
    AdminServices *services = m_core->admin();
    const bool admin = services != nullptr;
    if (admin && !m_adminDesk) {
        m_agentDesk = takeCentralWidget();
        m_agentDesk->setParent(this);
        m_agentDesk->hide();
        m_adminDesk = new AdminDesk(services, this);
        setCentralWidget(m_adminDesk);
        m_adminMenu = new QMenu(this);
        m_adminMenu->setObjectName(QStringLiteral("adminMenu"));
        menuBar()->insertMenu(m_helpMenu->menuAction(), m_adminMenu);
        m_staffAction = m_adminMenu->addAction(QString());
        m_staffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
        m_calendarAction = m_adminMenu->addAction(QString());
        m_calendarAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
        m_policyAction = m_adminMenu->addAction(QString());
        m_policyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
        connect(m_staffAction, &QAction::triggered, this,
            [this] { m_adminDesk->showPage(AdminDesk::StaffPage); });
        connect(m_calendarAction, &QAction::triggered, this,
            [this] { m_adminDesk->showPage(AdminDesk::CalendarPage); });
        connect(m_policyAction, &QAction::triggered, this,
            [this] { m_adminDesk->showPage(AdminDesk::PolicyPage); });
    } else if (!admin && m_adminDesk) {
        delete std::exchange(m_adminMenu, nullptr); // takes the actions with it
        m_staffAction = m_calendarAction = m_policyAction = nullptr;
        setCentralWidget(std::exchange(m_agentDesk, nullptr)); // deletes the admin desk
        m_adminDesk = nullptr;
    }
    // The desk's commands would reach services an administrator does not have.
    m_callMenu->menuAction()->setVisible(!admin);
    for (QAction *action : m_callMenu->actions())
        action->setEnabled(!admin);
    m_findAction->setEnabled(!admin);
    for (QLabel *label : {m_connection, m_unsent, m_age})
        label->setVisible(!admin);
    retranslateAdminMenu();
}

void MainWindow::retranslateAdminMenu()
{
    if (!m_adminMenu)
        return;
    m_adminMenu->setTitle(tr("Ad&ministration"));
    m_staffAction->setText(tr("&Staff"));
    m_calendarAction->setText(tr("Working-day &calendar"));
    m_policyAction->setText(tr("Deadline &policy"));
}

void MainWindow::updateApprovalTray()
{
    SupervisorServices *services = m_core->supervisor();
    delete std::exchange(m_approvalTray, nullptr);
    if (!services)
        return;
    if (!m_notifier)
        m_notifier = new DesktopNotifier(this);
    m_approvalTray = new ApprovalTray(services->alerts(), m_notifier, this);
    connect(m_approvalTray, &ApprovalTray::openApprovals, this, [this] {
        openSupervisorDesk();
        if (m_desk)
            m_desk->showApprovals();
    });
}

void MainWindow::openSupervisorDesk()
{
    if (!m_supervisorMenu)
        return; // not a supervisor
    if (!m_desk) {
        m_desk = new SupervisorDesk(m_core, m_core->supervisor(), this);
        m_desk->setLanguage(m_language->language());
        connect(m_language, &LanguageSwitch::languageChanged, m_desk, &SupervisorDesk::setLanguage);
    }
    m_desk->show();
    m_desk->raise();
    m_desk->activateWindow();
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(this, tr("Keyboard shortcuts"),
        tr("Ctrl+K\tsearch (phone, name, e-mail, account, order, card last 4)\n"
           "Enter\topen the selected account\n"
           "Alt+C / Alt+Q\tsend a code by SMS / ask the security question\n"
           "Alt+K\tcheck the caller's answer\n"
           "Alt+R\tcall reason; Tab to the checklist, Space ticks a step into the notes\n"
           "Alt+N\tcall notes\n"
           "Alt+O / S / A / T / Y\toverview, security, cards, transactions, history\n"
           "Alt+D\ttransaction dates; Alt+X export the filtered log as CSV\n"
           "Alt+U\tunlock    Alt+P\tpassword reset code    Alt+V\tsign out devices\n"
           "Alt+2\ttwo-factor reset (needs a supervisor)\n"
           "Alt+Z\tunfreeze a frozen account (needs a supervisor)\n"
           "Alt+I / Alt+F\tinvestigate / refund request for the selected transaction\n"
           "Alt+M\tlog a complaint    Alt+E\tend the call\n"
           "Ctrl+N\tnew call without a number    Ctrl+H\thold the call\n"
           "Ctrl+Shift+H\ttake the next waiting call\n"
           "Ctrl+B\tschedule a callback    Ctrl+Shift+B\tcallbacks\n"
           "Ctrl+Tab\tnext tab\n"
           "Ctrl+Shift+L\tsign out    Ctrl+Q\tquit\n"
           "F1\tthis list"));
}

} // namespace WalletDesk
