#include "ComplaintDialog.h"

#include "Accessibility.h"
#include "ComplaintListModel.h"
#include "DisplayNames.h"
#include "WorkingCalendar.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace WalletDesk {

namespace {
// Twelve categories: typing a few characters of one beats arrowing through
// them. Editable from the start, so that its line edit takes its place in
// the focus chain with it.
QComboBox *editableList(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    return box;
}
} // namespace

ComplaintDialog::ComplaintDialog(const ReferenceData &reference, Language language, QWidget *parent)
    : QDialog(parent)
    , m_reference(reference)
    , m_channel(new QComboBox(this))
    , m_category(editableList(this))
    , m_severity(new QComboBox(this))
    , m_linked(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_wants(new QLineEdit(this))
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
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_severity->addItem(DisplayNames::severity(s), enumToString(s));
    m_severity->setCurrentIndex(m_severity->findData(enumToString(Severity::Medium)));
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_category->completer()->setFilterMode(Qt::MatchContains);
    m_category->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_category->setObjectName(QStringLiteral("category"));
    m_description->setObjectName(QStringLiteral("description"));
    m_wants->setObjectName(QStringLiteral("customerRequest"));
    m_problem->setObjectName(QStringLiteral("complaintProblem"));
    m_channel->setAccessibleName(tr("Channel"));
    m_category->setAccessibleName(tr("Category"));
    m_severity->setAccessibleName(tr("Severity"));
    m_description->setAccessibleName(tr("What happened"));
    m_wants->setAccessibleName(tr("Customer's request"));
    m_description->setTabChangesFocus(true);
    m_problem->setWordWrap(true);

    const WorkingCalendar calendar(reference.holidays);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The regulator's clock runs in the call center's zone, whatever the PC's.
    m_deadline->setText(
        tr("Acknowledge by %1; resolve by %2 (%3).")
            .arg(calendar.acknowledgeDue(now, reference.policy)
                     .toTimeZone(CallCenterTime::zone())
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                WorkingCalendar::resolveDue(now, reference.policy.resolveCalendarDays)
                    .toTimeZone(CallCenterTime::zone())
                    .toString(QStringLiteral("yyyy-MM-dd")),
                DisplayNames::zoneName()));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Channel"), m_channel);
    form->addRow(tr("C&ategory"), m_category);
    form->addRow(tr("&Severity"), m_severity);
    form->addRow(tr("Linked transaction"), m_linked);
    form->addRow(tr("&What happened"), m_description);
    form->addRow(tr("Customer's &request"), m_wants);
    form->addRow(tr("Deadline"), m_deadline);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    Accessibility::nameDialogButtons(buttons, tr("Queue complaint"));
    for (QLabel *label : findChildren<QLabel *>())
        Accessibility::nameAfterText(label);
    Accessibility::nameValue(m_deadline, tr("Deadline"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::validate);
    // Ctrl+Enter queues from anywhere, the description included (where
    // Enter is a new line).
    for (const QKeySequence &keys :
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *submit = new QShortcut(keys, this);
        connect(submit, &QShortcut::activated, this, &ComplaintDialog::validate);
    }
    // What happened is what the agent types; the lists come filled in.
    m_description->setFocus();
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

void ComplaintDialog::suggestCategory(const QString &code)
{
    const int index = m_category->findData(code);
    if (index >= 0)
        m_category->setCurrentIndex(index);
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
    if (m_category->count() == 0 || m_channel->count() == 0) {
        m_problem->setText(
            tr("The lists of channels and categories have not arrived from the server yet."));
        return;
    }
    // A typed category must be one of the list (in any case).
    const int typed = m_category->findText(m_category->currentText(), Qt::MatchFixedString);
    if (typed < 0) {
        m_problem->setText(tr("Choose a category from the list."));
        m_category->setFocus();
        return;
    }
    m_category->setCurrentIndex(typed);
    Q_EMIT submitted(draft());
}

void ComplaintDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
}

} // namespace WalletDesk
