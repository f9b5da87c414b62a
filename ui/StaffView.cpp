#include "StaffView.h"

#include "Accessibility.h"
#include "OneTimePasswordDialog.h"
#include "ReadOnlyTable.h"
#include "StaffDialog.h"
#include "StaffDirectory.h"
#include "StaffTableModel.h"
#include "TotpEnrolDialog.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace WalletDesk {

StaffView::StaffView(StaffDirectory *staff, QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_model(new StaffTableModel(this))
    , m_filter(new QLineEdit(this))
    , m_roleFilter(new QComboBox(this))
    , m_roleLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("staffView"));
    m_filter->setObjectName(QStringLiteral("staffFilter"));
    m_filter->setClearButtonEnabled(true);
    m_roleFilter->setObjectName(QStringLiteral("staffRoleFilter"));
    m_roleFilter->addItem(QString(), -1);
    for (Role r : {Role::Agent, Role::Supervisor, Role::Admin})
        m_roleFilter->addItem(QString(), int(r));
    m_roleLabel->setBuddy(m_roleFilter);
    m_view = makeReadOnlyTable(m_model, QStringLiteral("staffTable"), this);
    m_view->setTabKeyNavigation(false);

    auto button = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_refresh = button("staffRefresh"); // beside the filters, so Tab meets it there
    m_create = button("staffCreate");
    m_edit = button("staffEdit");
    m_disable = button("staffDisable");
    m_enable = button("staffEnable");
    m_reset = button("staffReset");
    m_unlock = button("staffUnlock");
    m_enrol = button("staffEnrol");
    m_removeTotp = button("staffRemoveTotp");
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("staffStatus"));
    m_status->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_roleLabel);
    filters->addWidget(m_roleFilter);
    filters->addWidget(m_refresh);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b :
        {m_create, m_edit, m_disable, m_enable, m_reset, m_unlock, m_enrol, m_removeTotp})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    setTabOrder(m_roleFilter, m_refresh);
    setTabOrder(m_refresh, m_view);
    connect(m_filter, &QLineEdit::textChanged, this, &StaffView::showStaff);
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, &StaffView::showStaff);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &StaffView::updateButtons);
    connect(m_view, &QTableView::activated, this, &StaffView::editSelected);
    connect(m_create, &QPushButton::clicked, this, &StaffView::createMember);
    connect(m_edit, &QPushButton::clicked, this, &StaffView::editSelected);
    connect(m_disable, &QPushButton::clicked, this, &StaffView::disableSelected);
    connect(m_enable, &QPushButton::clicked, this, &StaffView::enableSelected);
    connect(m_reset, &QPushButton::clicked, this, &StaffView::resetSelected);
    connect(m_unlock, &QPushButton::clicked, this, &StaffView::unlockSelected);
    connect(m_enrol, &QPushButton::clicked, this, &StaffView::enrolSelected);
    connect(m_removeTotp, &QPushButton::clicked, this, &StaffView::removeTotpSelected);
    connect(m_refresh, &QPushButton::clicked, m_staff, &StaffDirectory::refresh);

    connect(m_staff, &StaffDirectory::staffChanged, this, &StaffView::showStaff);
    connect(m_staff, &StaffDirectory::done, this, &StaffView::say);
    connect(m_staff, &StaffDirectory::failed, this,
        [this](const QString &text, const QString &) { say(text); });
    connect(m_staff, &StaffDirectory::created, this,
        [this](const StaffMember &m, const QString &password) {
            say(tr("%1 created.").arg(m.username));
            select(m.username);
            showOneTimePassword(m, password);
        });
    connect(m_staff, &StaffDirectory::passwordReset, this,
        [this](const StaffMember &m, const QString &password) {
            say(tr("New one-time password for %1; their sessions have ended.").arg(m.username));
            showOneTimePassword(m, password);
        });
    connect(m_staff, &StaffDirectory::totpEnrolled, this,
        [this](const StaffMember &m, const QString &secret, const QString &uri) {
            auto *dialog = new TotpEnrolDialog(m_staff, m, secret, uri, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    connect(m_staff, &StaffDirectory::totpConfirmed, this, [this](const StaffMember &m) {
        say(tr("Two-factor sign-in is on for %1.").arg(m.username));
    });
    connect(m_staff, &StaffDirectory::versionConflict, this,
        [this](const StaffMember &current, const QString &displayName, Role role) {
            openEditor(current,
                tr("Someone else changed %1 meanwhile: the display name is now \"%2\" and the "
                   "role %3. Your changes are filled in below; save to apply them to this "
                   "record, or cancel to keep it.")
                    .arg(current.username, current.displayName,
                        StaffTableModel::roleText(current.role)),
                displayName, role);
        });
    retranslateUi();
}

void StaffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StaffView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by username or name"));
    m_filter->setAccessibleName(tr("Filter staff"));
    Accessibility::nameClearButton(m_filter);
    m_roleFilter->setItemText(0, tr("All roles"));
    for (int i = 1; i < m_roleFilter->count(); ++i)
        m_roleFilter->setItemText(
            i, StaffTableModel::roleText(Role(m_roleFilter->itemData(i).toInt())));
    m_roleLabel->setText(tr("R&ole"));
    Accessibility::nameAfterText(m_roleLabel);
    m_roleFilter->setAccessibleName(tr("Role"));
    m_view->setAccessibleName(tr("Staff"));
    const QList<QPair<QPushButton *, QString>> buttons {{m_create, tr("&New…")},
        {m_edit, tr("&Edit…")}, {m_disable, tr("&Disable…")}, {m_enable, tr("En&able")},
        {m_reset, tr("&Reset password…")}, {m_unlock, tr("&Unlock")},
        {m_enrol, tr("Set up &two-factor…")}, {m_removeTotp, tr("Remo&ve two-factor…")},
        {m_refresh, tr("Re&fresh")}};
    for (const auto &[b, text] : buttons) {
        b->setText(text);
        Accessibility::nameAfterText(b);
    }
    showStaff(); // the states and roles in words, in the new language
}

void StaffView::showStaff()
{
    const auto previous = selected();
    const QString text = m_filter->text().trimmed();
    const int role = m_roleFilter->currentData().toInt();
    QList<StaffMember> shown;
    for (const StaffMember &m : m_staff->staff()) {
        if (role >= 0 && int(m.role) != role)
            continue;
        if (!text.isEmpty() && !m.username.contains(text, Qt::CaseInsensitive)
            && !m.displayName.contains(text, Qt::CaseInsensitive))
            continue;
        shown.append(m);
    }
    m_model->setStaff(shown, QDateTime::currentDateTimeUtc());
    fitColumnsToContents(m_view);
    if (previous)
        select(previous->username);
    updateButtons();
}

bool StaffView::select(const QString &username)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->memberAt(row)->username == username) {
            m_view->selectRow(row);
            m_view->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

std::optional<StaffMember> StaffView::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const StaffMember *m = m_model->memberAt(rows.first().row());
    return m ? std::optional<StaffMember>(*m) : std::nullopt;
}

void StaffView::updateButtons()
{
    const auto m = selected();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_edit->setEnabled(m.has_value());
    m_disable->setEnabled(m && !m->disabled);
    m_enable->setEnabled(m && m->disabled);
    m_reset->setEnabled(m.has_value());
    m_unlock->setEnabled(m && m->isLocked(now));
    m_enrol->setEnabled(m.has_value());
    m_removeTotp->setEnabled(m && m->totp != TotpState::None);
}

QString StaffView::statusText() const
{
    return m_status->text();
}

void StaffView::say(const QString &text)
{
    m_status->setText(text);
    Accessibility::announce(text, m_view);
}

void StaffView::createMember()
{
    auto *dialog = new StaffDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_staff->create(dialog->username(), dialog->displayName(), dialog->role());
    });
    dialog->open();
}

void StaffView::editSelected()
{
    if (const auto m = selected())
        openEditor(*m, {}, m->displayName, m->role);
}

void StaffView::openEditor(
    const StaffMember &member, const QString &note, const QString &displayName, Role role)
{
    auto *dialog = new StaffDialog(member, note, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDisplayName(displayName);
    dialog->setRole(role);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog, member] { m_staff->update(member, dialog->displayName(), dialog->role()); });
    dialog->open();
}

void StaffView::showOneTimePassword(const StaffMember &member, const QString &password)
{
    const QString who = member.displayName.isEmpty()
        ? member.username
        : QStringLiteral("%1 (%2)").arg(member.displayName, member.username);
    auto *dialog = new OneTimePasswordDialog(who, password, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StaffView::confirmThen(const QString &objectName, const QString &title, const QString &text,
    const QString &confirmText, std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirm"));
    QPushButton *cancel = box->addButton(tr("&Cancel"), QMessageBox::RejectRole);
    Accessibility::nameAfterText(confirm);
    Accessibility::nameAfterText(cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [box, confirm, then] {
        if (box->clickedButton() == confirm)
            then();
    });
    box->open();
}

static QString whoIs(const StaffMember &m)
{
    return m.displayName.isEmpty() ? m.username
                                   : QStringLiteral("%1 (%2)").arg(m.displayName, m.username);
}

void StaffView::disableSelected()
{
    const auto m = selected();
    if (!m || m->disabled)
        return;
    const qint64 id = m->id;
    confirmThen(QStringLiteral("confirmDisable"), tr("Disable sign-in"),
        tr("Disable %1? Their sessions end now, on every computer, and they cannot sign in until "
           "enabled again.")
            .arg(whoIs(*m)),
        tr("&Disable"), [this, id] { m_staff->disable(id); });
}

void StaffView::enableSelected()
{
    if (const auto m = selected(); m && m->disabled)
        m_staff->enable(m->id);
}

void StaffView::resetSelected()
{
    const auto m = selected();
    if (!m)
        return;
    const qint64 id = m->id;
    confirmThen(QStringLiteral("confirmReset"), tr("Reset password"),
        tr("Give %1 a new one-time password? Their password stops working and their sessions "
           "end now.")
            .arg(whoIs(*m)),
        tr("&Reset"), [this, id] { m_staff->resetPassword(id); });
}

void StaffView::unlockSelected()
{
    if (const auto m = selected())
        m_staff->unlock(m->id);
}

void StaffView::enrolSelected()
{
    if (const auto m = selected())
        m_staff->enrolTotp(m->id);
}

void StaffView::removeTotpSelected()
{
    const auto m = selected();
    if (!m || m->totp == TotpState::None)
        return;
    const qint64 id = m->id;
    confirmThen(QStringLiteral("confirmRemoveTotp"), tr("Remove two-factor sign-in"),
        tr("Remove two-factor sign-in for %1 (a lost phone)? They sign in with their password "
           "alone until it is set up again.")
            .arg(whoIs(*m)),
        tr("Remo&ve"), [this, id] { m_staff->removeTotp(id); });
}

} // namespace WalletDesk
