#include "PolicyForm.h"

#include "Accessibility.h"
#include "CalendarAdmin.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace WalletDesk {

PolicyForm::PolicyForm(CalendarAdmin *calendar, QWidget *parent)
    : QWidget(parent)
    , m_calendar(calendar)
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("policyForm"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto field = [this, form](const char *name, int min, int max) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QLatin1String(name));
        spin->setRange(min, max);
        auto *caption = new QLabel(this);
        caption->setBuddy(spin);
        auto *explanation = new QLabel(this);
        explanation->setWordWrap(true);
        auto *box = new QVBoxLayout;
        spin->setMinimumWidth(spin->fontMetrics().averageCharWidth() * 10);
        box->addWidget(spin, 0, Qt::AlignLeft); // a figure, not a line of text
        box->addWidget(explanation);
        form->addRow(caption, box);
        m_figures.append({spin, caption, explanation});
        return spin;
    };
    m_acknowledge = field("policyAcknowledge", 1, 10);
    m_resolve = field("policyResolve", 1, 90);
    m_maxExtended = field("policyMaxExtended", 1, 180);
    m_withdrawal = field("policyWithdrawal", 0, 10);
    m_reversal = field("policyReversal", 1, 30);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("policySave"));
    m_reload = new QPushButton(this);
    m_reload->setObjectName(QStringLiteral("policyReload"));
    m_status->setObjectName(QStringLiteral("policyStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    for (QSpinBox *spin : {m_acknowledge, m_resolve, m_maxExtended, m_withdrawal, m_reversal})
        connect(spin, &QSpinBox::valueChanged, this, [this] { m_dirty = true; });
    // The server refuses an extension shorter than the resolution figure.
    connect(m_resolve, &QSpinBox::valueChanged, m_maxExtended, &QSpinBox::setMinimum);
    connect(m_save, &QPushButton::clicked, this, &PolicyForm::save);
    connect(m_reload, &QPushButton::clicked, this,
        [this] { setPolicy(m_calendar->reference().policy); });
    connect(m_calendar, &CalendarAdmin::referenceChanged, this, [this] {
        if (!m_dirty)
            setPolicy(m_calendar->reference().policy);
    });
    connect(m_calendar, &CalendarAdmin::policySaved, this, [this](const QString &text) {
        setPolicy(m_calendar->reference().policy);
        say(text);
    });
    connect(m_calendar, &CalendarAdmin::policyConflict, this, &PolicyForm::showConflict);
    connect(m_calendar, &CalendarAdmin::failed, this, &PolicyForm::say);
    setPolicy(m_calendar->reference().policy);
    retranslateUi();
}

void PolicyForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PolicyForm::retranslateUi()
{
    m_intro->setText(tr("How long the call center has for complaints and money movements. "
                        "Complaints already logged keep the deadlines they were given."));
    const QList<QPair<QString, QString>> texts {
        {tr("&Acknowledge within (working days)"),
            tr("A complaint is acknowledged to the customer within this many working days.")},
        {tr("&Resolve within (calendar days)"),
            tr("A complaint is resolved within this many calendar days.")},
        {tr("&Extended at most to (calendar days)"),
            tr("With an extension, the resolution deadline is at most this many calendar days; "
               "not less than the resolve figure.")},
        {tr("Wi&thdrawal arrives within (working days)"),
            tr("A withdrawal reaches the bank account within this many working days.")},
        {tr("Reversa&l within (working days)"),
            tr("A failed payment that was debited is reversed within this many working days.")},
    };
    for (int i = 0; i < m_figures.size(); ++i) {
        const Figure &f = m_figures.at(i);
        f.caption->setText(texts.at(i).first);
        Accessibility::nameAfterText(f.caption);
        f.spin->setAccessibleName(Accessibility::withoutMnemonic(texts.at(i).first));
        // The range the server accepts (the extension's lower end follows the resolve figure).
        const QString help = tr("%1 Allowed: %2 to %3.")
                                 .arg(texts.at(i).second)
                                 .arg(f.spin == m_maxExtended ? 1 : f.spin->minimum())
                                 .arg(f.spin->maximum());
        f.explanation->setText(help);
        f.spin->setAccessibleDescription(help);
    }
    m_save->setText(tr("Sa&ve policy"));
    m_reload->setText(tr("Reloa&d"));
    Accessibility::nameAfterText(m_save);
    Accessibility::nameAfterText(m_reload);
}

DeadlinePolicy PolicyForm::policy() const
{
    return DeadlinePolicy {m_acknowledge->value(), m_resolve->value(), m_maxExtended->value(),
        m_withdrawal->value(), m_reversal->value()};
}

void PolicyForm::setPolicy(const DeadlinePolicy &policy)
{
    m_resolve->setValue(policy.resolveCalendarDays);
    m_maxExtended->setMinimum(policy.resolveCalendarDays);
    m_maxExtended->setValue(policy.maxExtendedCalendarDays);
    m_acknowledge->setValue(policy.acknowledgeWorkingDays);
    m_withdrawal->setValue(policy.withdrawalArrivalWorkingDays);
    m_reversal->setValue(policy.reversalWorkingDays);
    m_dirty = false;
}

QString PolicyForm::statusText() const
{
    return m_status->text();
}

void PolicyForm::say(const QString &text)
{
    m_status->setText(text);
    Accessibility::announce(text, m_save);
}

void PolicyForm::save()
{
    if (!m_calendar->isLoaded()) {
        say(tr("The policy has not been loaded yet."));
        return;
    }
    say(tr("Saving the policy…"));
    m_calendar->savePolicy(policy());
}

void PolicyForm::showConflict(const ReferenceData &before)
{
    const DeadlinePolicy was = before.policy;
    const DeadlinePolicy now = m_calendar->reference().policy;
    QString text;
    if (was == now)
        text = tr("Someone else saved the reference data meanwhile (not the policy). Save again "
                  "to apply your figures.");
    else
        text = tr("Someone else changed the policy meanwhile: now %1, %2, %3, %4 and %5 days. "
                  "Your figures are kept: save again to apply them, or Reload to take theirs.")
                   .arg(now.acknowledgeWorkingDays)
                   .arg(now.resolveCalendarDays)
                   .arg(now.maxExtendedCalendarDays)
                   .arg(now.withdrawalArrivalWorkingDays)
                   .arg(now.reversalWorkingDays);
    say(text);
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Policy changed meanwhile"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("policyConflict"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace WalletDesk
