#include "AdminDesk.h"

#include "Accessibility.h"
#include "AdminServices.h"
#include "CalendarView.h"
#include "PolicyForm.h"
#include "StaffView.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace WalletDesk {

AdminDesk::AdminDesk(AdminServices *services, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_staff(new StaffView(services->staff(), m_tabs))
    , m_calendar(new CalendarView(services->calendar(), m_tabs))
    , m_policy(new PolicyForm(services->calendar(), m_tabs))
{
    setObjectName(QStringLiteral("adminDesk"));
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->addTab(m_staff, QString());
    m_tabs->addTab(m_calendar, QString());
    m_tabs->addTab(m_policy, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslateUi();
}

void AdminDesk::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
    m_tabs->currentWidget()->setFocus();
}

void AdminDesk::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminDesk::retranslateUi()
{
    // The pages' own texts are set once, at sign-in, in the language then.
    m_tabs->setTabText(StaffPage, tr("&Staff"));
    m_tabs->setTabText(CalendarPage, tr("Working-day &calendar"));
    m_tabs->setTabText(PolicyPage, tr("Deadline &policy"));
    m_tabs->setAccessibleName(tr("Administration"));
    Accessibility::nameTabs(m_tabs);
}

} // namespace WalletDesk
