#include "ComplaintDialog.h"

#include "Accessibility.h"
#include "ComplaintListModel.h"
#include "DisplayNames.h"
#include "WorkingCalendar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace WalletDesk {

ComplaintDialog::ComplaintDialog(const ReferenceData &reference, Language language, QWidget *parent)
    : QDialog(parent)
    , m_reference(reference)
    , m_channel(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_wants(new QLineEdit(this))
    , m_linked(new QLabel(this))
    , m_deadline(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Log a complaint"));
    for (const CodedName &c : reference.channels)
        m_channel->addItem(nameIn(c, language), c.code);
    // Sub-categories, each under its group ("Transactions / Payment failed").
    for (const Category &c : reference.categories) {
        if (c.parentCode.isEmpty())
            continue;
        QString group;
        for (const Category &p : reference.categories) {
            if (p.code == c.parentCode)
                group = nameIn(p, language);
        }
        m_category->addItem(group + QStringLiteral(" / ") + (nameIn(c, language)), c.code);
    }
    for (Severity s : {Severity::Medium, Severity::Low, Severity::High, Severity::Critical})
        m_severity->addItem(DisplayNames::severity(s), enumToString(s));
    m_channel->setObjectName(QStringLiteral("channel"));
    m_category->setObjectName(QStringLiteral("category"));
    m_description->setObjectName(QStringLiteral("description"));
    m_wants->setObjectName(QStringLiteral("customerRequest"));
    m_problem->setObjectName(QStringLiteral("complaintProblem"));
    m_channel->setAccessibleName(tr("Channel"));
    m_category->setAccessibleName(tr("Category"));
    m_severity->setAccessibleName(tr("Severity"));
    m_description->setAccessibleName(tr("What happened"));
    m_wants->setAccessibleName(tr("What the customer wants"));
    m_description->setTabChangesFocus(true);
    m_problem->setWordWrap(true);

    const WorkingCalendar calendar(reference.holidays);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_deadline->setText(
        tr("Acknowledge by %1; resolve by %2.")
            .arg(calendar.acknowledgeDue(now, reference.policy)
                     .toLocalTime()
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                WorkingCalendar::resolveDue(now, reference.policy.resolveCalendarDays)
                    .toLocalTime()
                    .toString(QStringLiteral("yyyy-MM-dd"))));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Channel"), m_channel);
    form->addRow(tr("C&ategory"), m_category);
    form->addRow(tr("&Severity"), m_severity);
    form->addRow(tr("Linked transaction"), m_linked);
    form->addRow(tr("&What happened"), m_description);
    form->addRow(tr("What the customer &wants"), m_wants);
    form->addRow(tr("Deadline"), m_deadline);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    Accessibility::nameDialogButtons(buttons, tr("Queue complaint"));
    for (QLabel *label : findChildren<QLabel *>())
        Accessibility::nameAfterText(label);
    Accessibility::nameValue(m_deadline, tr("Deadline"));
    form->addRow(buttons);
    // Tab follows the form from top to bottom (the labels were made after the fields).
    const QList<QWidget *> order {m_channel, m_category, m_severity, m_linked, m_description,
        m_wants, m_deadline, buttons->button(QDialogButtonBox::Ok),
        buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ComplaintDialog::setAccount(
    std::optional<qint64> accountId, const QString &callId, std::optional<qint64> transactionId)
{
    m_accountId = accountId;
    m_callId = callId;
    m_transactionId = transactionId;
    m_linked->setText(
        transactionId ? tr("#%1 (selected in the log)").arg(*transactionId) : tr("none"));
    Accessibility::nameValue(m_linked, tr("Linked transaction"));
}

ComplaintDraft ComplaintDialog::draft() const
{
    ComplaintDraft d;
    d.channel = m_channel->currentData().toString();
    d.categoryCode = m_category->currentData().toString();
    d.severity
        = enumFromString<Severity>(m_severity->currentData().toString()).value_or(Severity::Medium);
    d.accountId = m_accountId;
    d.callId = m_callId;
    if (m_transactionId)
        d.transactionIds = {*m_transactionId};
    d.description = m_description->toPlainText().trimmed();
    d.customerRequest = m_wants->text().trimmed();
    return d;
}

void ComplaintDialog::validate()
{
    if (m_description->toPlainText().trimmed().isEmpty()) {
        m_problem->setText(tr("Describe what happened."));
        m_description->setFocus();
        return;
    }
    if (m_category->currentIndex() < 0 || m_channel->currentIndex() < 0) {
        m_problem->setText(
            tr("The lists of channels and categories have not arrived from the server yet."));
        return;
    }
    Q_EMIT submitted(draft());
}

void ComplaintDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
}

} // namespace WalletDesk
