#include "SupervisorDesk.h"

#include "ApprovalQueue.h"
#include "ApprovalsView.h"
#include "ConsoleCore.h"
#include "SyncEngine.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace WalletDesk {

SupervisorDesk::SupervisorDesk(ConsoleCore *core, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_core(core)
    , m_approvals(new ApprovalQueue(core->api(), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("supervisorDesk"));
    m_tabs->setObjectName(QStringLiteral("supervisorTabs"));
    m_tabs->addTab(new ApprovalsView(m_approvals, m_tabs), QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    // A new request or someone else's decision arrives through the changes feed.
    connect(m_core->sync(), &SyncEngine::actionChanged, m_approvals, [this] {
        if (isVisible())
            m_approvals->refresh();
    });
    resize(1100, 640);
    retranslateUi();
}

void SupervisorDesk::showEvent(QShowEvent *event)
{
    m_approvals->refresh();
    QWidget::showEvent(event);
}

void SupervisorDesk::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SupervisorDesk::retranslateUi()
{
    setWindowTitle(tr("WalletDesk — supervisor"));
    m_tabs->setTabText(0, tr("Approvals"));
    m_tabs->setAccessibleName(tr("Supervisor views"));
}

} // namespace WalletDesk
