#include "CallbackDialog.h"

#include "Accessibility.h"
#include "DisplayNames.h"
#include "WorkingCalendar.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace WalletDesk {

namespace {
// One Tab stop like every control: Tab leaves instead of walking the
// date's and time's sections (arrows and typing move inside).
class OneStopDateTimeEdit : public QDateTimeEdit
{
public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

// The edit shows the call center's wall clock as a zone-less time: Qt 6.4's
// QDateTimeEdit knows no time zones, and the PC's own may be anything.
QDateTime chinaWallClock(const QDateTime &utc)
{
    const QDateTime china = utc.toTimeZone(CallCenterTime::zone());
    return QDateTime(china.date(), QTime(china.time().hour(), china.time().minute()));
}
} // namespace

CallbackDialog::CallbackDialog(QWidget *parent)
    : QDialog(parent)
    , m_phone(new QLineEdit(this))
    , m_delay(new QComboBox(this))
    , m_due(new OneStopDateTimeEdit(this))
    , m_reason(new QLineEdit(this))
    , m_account(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("callbackDialog"));
    setWindowTitle(tr("Schedule a callback"));
    m_phone->setObjectName(QStringLiteral("callbackPhone"));
    m_delay->setObjectName(QStringLiteral("callbackDelay"));
    m_due->setObjectName(QStringLiteral("callbackDue"));
    m_reason->setObjectName(QStringLiteral("callbackReason"));
    m_problem->setObjectName(QStringLiteral("callbackProblem"));
    m_problem->setWordWrap(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_due->setCalendarPopup(true);
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("What the customer is waiting for"));
    // Minutes from now; 0 stands for "tomorrow at 10:00".
    const QList<QPair<QString, int>> delays {{tr("In 30 minutes"), 30}, {tr("In 1 hour"), 60},
        {tr("In 2 hours"), 120}, {tr("Tomorrow at 10:00"), 0}, {tr("At the time below"), -1}};
    for (const auto &d : delays)
        m_delay->addItem(d.first, d.second);
    auto *form = new QFormLayout(this);
    const auto row = [&](const QString &caption, QWidget *field) {
        auto *label = new QLabel(caption, this);
        label->setBuddy(field);
        field->setAccessibleName(Accessibility::withoutMnemonic(caption));
        form->addRow(label, field);
    };
    row(tr("&Number to call"), m_phone);
    row(tr("&When"), m_delay);
    row(tr("&Time (%1)").arg(DisplayNames::zoneName()), m_due);
    row(tr("&Reason"), m_reason);
    form->addRow(tr("Account"), m_account);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    Accessibility::nameDialogButtons(m_buttons);
    // Captions are read as shown, without their mnemonics.
    for (QLabel *label : findChildren<QLabel *>())
        Accessibility::nameAfterText(label);
    Accessibility::nameValue(m_account, tr("Account"));

    connect(m_delay, &QComboBox::currentIndexChanged, this, &CallbackDialog::applyDelay);
    connect(m_due, &QDateTimeEdit::dateTimeChanged, this, [this] {
        // A time typed by hand: the list says so, and nothing recomputes it.
        const QSignalBlocker quiet(m_delay);
        m_delay->setCurrentIndex(m_delay->count() - 1);
    });
    connect(m_phone, &QLineEdit::textChanged, this, &CallbackDialog::validate);
    connect(m_reason, &QLineEdit::textChanged, this, &CallbackDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_problem->clear();
        Q_EMIT submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyDelay(0);
    validate();
}

void CallbackDialog::setCall(const QString &phone, std::optional<qint64> accountId,
    const QString &accountText, const QString &callId)
{
    m_phone->setText(phone);
    m_accountId = accountId;
    m_callId = callId;
    m_account->setText(accountId ? accountText : tr("none (no account open)"));
    Accessibility::nameValue(m_account, tr("Account"));
}

void CallbackDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The number is usually right: the agent starts with the reason.
    (phone().isEmpty() ? static_cast<QWidget *>(m_phone) : m_reason)->setFocus();
}

QString CallbackDialog::phone() const
{
    return m_phone->text().trimmed();
}

QString CallbackDialog::reason() const
{
    return m_reason->text().trimmed();
}

QDateTime CallbackDialog::dueAt() const
{
    // "In 30 minutes" counts from OK, not from when the dialog opened.
    if (const int minutes = m_delay->currentData().toInt(); minutes > 0)
        return QDateTime::currentDateTimeUtc().addSecs(minutes * 60);
    const QDateTime wall = m_due->dateTime();
    return QDateTime(wall.date(), wall.time(), CallCenterTime::zone()).toUTC();
}

void CallbackDialog::applyDelay(int index)
{
    const int minutes = m_delay->itemData(index).toInt();
    if (minutes < 0)
        return;
    QDateTime due;
    if (minutes > 0) {
        due = QDateTime::currentDateTimeUtc().addSecs(minutes * 60);
    } else {
        const QDate tomorrow
            = QDateTime::currentDateTimeUtc().toTimeZone(CallCenterTime::zone()).date().addDays(1);
        due = QDateTime(tomorrow, QTime(10, 0), CallCenterTime::zone()).toUTC();
    }
    const QSignalBlocker quiet(m_due);
    m_due->setDateTime(chinaWallClock(due));
}

void CallbackDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!phone().isEmpty() && !reason().isEmpty());
}

void CallbackDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    Accessibility::nameValue(m_problem, tr("Problem"));
}

} // namespace WalletDesk
