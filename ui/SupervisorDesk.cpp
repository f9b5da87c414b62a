#include "SupervisorDesk.h"

#include "Accessibility.h"
#include "AgentDirectory.h"
#include "ApprovalQueue.h"
#include "ApprovalsView.h"
#include "AuditView.h"
#include "ComplaintDesk.h"
#include "ComplaintQueueView.h"
#include "ConsoleCore.h"
#include "DashboardView.h"
#include "SupervisorServices.h"
#include "SyncEngine.h"
#include "WallboardView.h"

#include <QEvent>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace WalletDesk {

SupervisorDesk::SupervisorDesk(ConsoleCore *core, SupervisorServices *services, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_core(core)
    , m_approvals(services->approvals())
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("supervisorDesk"));
    m_tabs->setObjectName(QStringLiteral("supervisorTabs"));
    m_queue = new ComplaintQueueView(services->complaints(), services->agents(), m_tabs);
    m_tabs->addTab(m_queue, QString());
    m_approvalsView = new ApprovalsView(m_approvals, m_tabs);
    m_tabs->addTab(m_approvalsView, QString());
    m_dashboard = new DashboardView(services->reports(), services->agents(), m_tabs);
    m_tabs->addTab(m_dashboard, QString());
    m_audit = new AuditView(services->audit(), services->agents(), m_tabs);
    m_tabs->addTab(m_audit, QString());
    m_wallboard = new WallboardView(services->wallboard(), m_tabs);
    m_tabs->addTab(m_wallboard, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    // Ctrl+Tab reaches QTabWidget only as a key a child passed on; a combo
    // box (the filters) keeps it. Shortcuts of the window come first.
    const auto switchTabs = [this](int step) {
        m_tabs->setCurrentIndex(
            (m_tabs->currentIndex() + step + m_tabs->count()) % m_tabs->count());
        // The tab bar says which view this is; Tab goes on into it.
        m_tabs->tabBar()->setFocus(Qt::TabFocusReason);
    };
    for (const auto &[keys, step] : {std::pair {QKeySequence(Qt::CTRL | Qt::Key_Tab), 1},
             std::pair {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), -1},
             std::pair {QKeySequence(Qt::CTRL | Qt::Key_Backtab), -1},
             std::pair {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), -1}}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [switchTabs, step] { switchTabs(step); });
    }
    connect(m_core->sync(), &SyncEngine::complaintChanged, m_queue,
        &ComplaintQueueView::complaintChanged);
    connect(m_core->sync(), &SyncEngine::referenceChanged, this, &SupervisorDesk::applyReference);
    applyReference();
    // Every view names agents; one load serves them all.
    services->agents()->load();
    resize(1280, 760);
    retranslateUi();
}

void SupervisorDesk::setLanguage(Language language)
{
    m_language = language;
    applyReference();
}

void SupervisorDesk::showApprovals()
{
    m_tabs->setCurrentWidget(m_approvalsView);
}

void SupervisorDesk::applyReference()
{
    const ReferenceData reference = m_core->referenceData();
    m_queue->setReference(reference, m_language);
    m_dashboard->setReference(reference, m_language);
    m_audit->setReference(reference, m_language);
    m_wallboard->setReference(reference, m_language);
}

void SupervisorDesk::showEvent(QShowEvent *event)
{
    m_approvals->refresh();
    QWidget::showEvent(event);
}

void SupervisorDesk::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        applyReference();
    }
    QWidget::changeEvent(event);
}

void SupervisorDesk::retranslateUi()
{
    setWindowTitle(tr("WalletDesk — supervisor"));
    m_tabs->setTabText(0, tr("Complaints"));
    m_tabs->setTabText(1, tr("Approvals"));
    m_tabs->setTabText(2, tr("Dashboard"));
    m_tabs->setTabText(3, tr("Audit log"));
    m_tabs->setTabText(4, tr("Wallboard"));
    m_tabs->setAccessibleName(tr("Supervisor views"));
    Accessibility::nameTabs(m_tabs);
}

} // namespace WalletDesk
