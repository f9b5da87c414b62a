#include "SupervisorDesk.h"

#include "ApprovalQueue.h"
#include "ApprovalsView.h"
#include "AuditView.h"
#include "ComplaintDesk.h"
#include "ComplaintQueueView.h"
#include "ConsoleCore.h"
#include "DashboardView.h"
#include "RecordCache.h"
#include "StoreFile.h"
#include "SyncEngine.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace WalletDesk {

SupervisorDesk::SupervisorDesk(ConsoleCore *core, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_core(core)
    , m_approvals(new ApprovalQueue(core->api(), this))
    , m_complaints(new ComplaintDesk(core->api(), core->recordCache(), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("supervisorDesk"));
    m_tabs->setObjectName(QStringLiteral("supervisorTabs"));
    m_queue = new ComplaintQueueView(m_complaints, m_tabs);
    m_tabs->addTab(m_queue, QString());
    m_tabs->addTab(new ApprovalsView(m_approvals, m_tabs), QString());
    m_dashboard = new DashboardView(m_complaints, m_tabs);
    m_tabs->addTab(m_dashboard, QString());
    m_audit = new AuditView(m_complaints, m_tabs);
    m_tabs->addTab(m_audit, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    // A new request or someone else's decision arrives through the changes feed.
    connect(m_core->sync(), &SyncEngine::actionChanged, m_approvals, [this] {
        if (isVisible())
            m_approvals->refresh();
    });
    connect(m_core->sync(), &SyncEngine::complaintChanged, m_queue, &ComplaintQueueView::complaintChanged);
    connect(m_core->sync(), &SyncEngine::referenceChanged, this, &SupervisorDesk::applyReference);
    applyReference();
    resize(1280, 760);
    retranslateUi();
}

void SupervisorDesk::setLanguage(const QString &language)
{
    m_language = language;
    applyReference();
}

void SupervisorDesk::applyReference()
{
    if (!m_core->storeFile()->isOpen())
        return;
    const auto reference = m_core->recordCache()->reference();
    m_queue->setReference(reference ? reference->value : ReferenceData{}, m_language == QLatin1String("zh_CN"));
    m_dashboard->setReference(reference ? reference->value : ReferenceData{}, m_language == QLatin1String("zh_CN"));
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
    m_tabs->setAccessibleName(tr("Supervisor views"));
}

} // namespace WalletDesk
