#include "SecurityTab.h"

#include "Accessibility.h"
#include "ReadOnlyTable.h"
#include "RecordTableModel.h"
#include "WorkingCalendar.h"

#include <QEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace WalletDesk {

namespace {
// The call center's clock, whatever the PC's zone: the agent reads these
// times to a caller in China ("your failed sign-in at 09:14").
QString centerTime(const QDateTime &at)
{
    return at.isValid()
        ? at.toTimeZone(CallCenterTime::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        : QString();
}
} // namespace

SecurityTab::SecurityTab(QWidget *parent)
    : QWidget(parent)
    , m_lock(new QLabel(this))
    , m_devicesLabel(new QLabel(this))
    , m_loginsLabel(new QLabel(this))
    , m_devices(new RecordTableModel(this))
    , m_logins(new RecordTableModel(this))
{
    m_lock->setObjectName(QStringLiteral("lockState"));
    m_lock->setWordWrap(true);
    m_lock->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_deviceView = makeReadOnlyTable(m_devices, QStringLiteral("devices"), this);
    m_loginView = makeReadOnlyTable(m_logins, QStringLiteral("loginAttempts"), this);
    fitColumnsToContents(m_deviceView);
    fitColumnsToContents(m_loginView);
    m_devicesLabel->setBuddy(m_deviceView);
    m_loginsLabel->setBuddy(m_loginView);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lock);
    layout->addWidget(m_devicesLabel);
    layout->addWidget(m_deviceView, 1);
    layout->addWidget(m_loginsLabel);
    layout->addWidget(m_loginView, 2);
    retranslateUi();
}

void SecurityTab::showAccount(const Account &account)
{
    m_account = account;
    retranslateUi();
}

void SecurityTab::clear()
{
    m_account.reset();
    retranslateUi();
}

void SecurityTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SecurityTab::retranslateUi()
{
    m_devicesLabel->setText(tr("&Devices"));
    m_loginsLabel->setText(tr("Recent sign-in attempts (failures in red)"));
    m_deviceView->setAccessibleName(tr("Devices"));
    m_loginView->setAccessibleName(tr("Recent sign-in attempts"));
    Accessibility::nameAfterText(m_devicesLabel);
    m_devices->setHeaders(
        {tr("Device"), tr("Platform"), tr("Last seen"), tr("Trusted"), tr("Signed in")});
    m_logins->setHeaders({tr("Time"), tr("Result"), tr("Device"), tr("Location")});
    if (!m_account) {
        m_lock->setText(tr("No account open."));
        Accessibility::nameValue(m_lock, tr("Lock state"));
        m_devices->setRows({});
        m_logins->setRows({});
        return;
    }
    const Account &a = *m_account;
    QString lock;
    switch (a.summary.status) {
    case AccountStatus::Locked:
        lock = tr("Locked: %1")
                   .arg(a.lockReason.isEmpty() ? tr("no reason recorded") : a.lockReason);
        break;
    case AccountStatus::Frozen:
        lock = tr("Frozen: %1. Only the risk team can lift a freeze.")
                   .arg(a.lockReason.isEmpty() ? tr("no reason recorded") : a.lockReason);
        break;
    case AccountStatus::Active:
        lock = tr("Not locked.");
        break;
    }
    lock += QLatin1Char(' ')
        + tr("Failed sign-ins in the last 24 hours: %1. Two-factor sign-in: %2.")
              .arg(a.failedLoginsLast24h)
              .arg(a.twoFactorEnabled ? tr("on") : tr("off"));
    m_lock->setText(lock);
    // Read with the state itself: a fixed name would hide it from a screen reader.
    Accessibility::nameValue(m_lock, tr("Lock state"));

    QList<RecordTableModel::Row> devices;
    for (const Device &d : a.devices) {
        RecordTableModel::Row row {{d.name, d.platform, centerTime(d.lastSeenAt),
            d.trusted ? tr("yes") : tr("no"), d.signedIn ? tr("yes") : tr("no")}};
        row.flagged = d.signedIn && !d.trusted; // signed in somewhere the customer never trusted
        if (row.flagged)
            row.toolTip = tr("Signed in on a device the customer has not marked as trusted.");
        row.id = d.id;
        devices.append(row);
    }
    m_devices->setRows(devices);

    QList<RecordTableModel::Row> logins;
    for (const LoginAttempt &l : a.recentLogins) {
        RecordTableModel::Row row {
            {centerTime(l.at), l.success ? tr("Succeeded") : tr("Failed: %1").arg(l.failureReason),
                l.deviceName, l.location}};
        row.flagged = !l.success;
        logins.append(row);
    }
    m_logins->setRows(logins);
}

} // namespace WalletDesk
