#include "PolicyForm.h"

#include "Accessibility.h"
#include "CalendarAdmin.h"

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
    auto *intro = new QLabel(tr("How long the call center has for complaints and money "
                                "movements. Complaints already logged keep the deadlines they "
                                "were given."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto field = [this, form](const char *name, int min, int max, const QString &label,
                     const QString &meaning) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QLatin1String(name));
        spin->setRange(min, max);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(spin);
        Accessibility::nameAfterText(caption);
        spin->setAccessibleName(Accessibility::withoutMnemonic(label));
        const QString help = tr("%1 Allowed: %2 to %3.").arg(meaning).arg(min).arg(max);
        spin->setAccessibleDescription(help);
        auto *explanation = new QLabel(help, this);
        explanation->setWordWrap(true);
        auto *box = new QVBoxLayout;
        spin->setMinimumWidth(spin->fontMetrics().averageCharWidth() * 10);
        box->addWidget(spin, 0, Qt::AlignLeft); // a figure, not a line of text
        box->addWidget(explanation);
        form->addRow(caption, box);
        return spin;
    };
    m_acknowledge = field("policyAcknowledge", 1, 10, tr("&Acknowledge within (working days)"),
        tr("A complaint is acknowledged to the customer within this many working days."));
    m_resolve = field("policyResolve", 1, 90, tr("&Resolve within (calendar days)"),
        tr("A complaint is resolved within this many calendar days."));
    m_maxExtended = field("policyMaxExtended", 1, 180, tr("&Extended at most to (calendar days)"),
        tr("With an extension, the resolution deadline is at most this many calendar days; "
           "not less than the resolve figure."));
    m_withdrawal = field("policyWithdrawal", 0, 10, tr("Wi&thdrawal arrives within (working days)"),
        tr("A withdrawal reaches the bank account within this many working days."));
    m_reversal = field("policyReversal", 1, 30, tr("Reversa&l within (working days)"),
        tr("A failed payment that was debited is reversed within this many working days."));
    m_save = new QPushButton(tr("Sa&ve policy"), this);
    m_save->setObjectName(QStringLiteral("policySave"));
    m_reload = new QPushButton(tr("Reloa&d"), this);
    m_reload->setObjectName(QStringLiteral("policyReload"));
    Accessibility::nameAfterText(m_save);
    Accessibility::nameAfterText(m_reload);
    m_status->setObjectName(QStringLiteral("policyStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
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
