#pragma once

#include "Account.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace WalletDesk {

class RecordTableModel;

// The account's security facts for a "cannot sign in" or "was I hacked"
// call: lock state and reason, the devices, and the recent sign-in attempts
// with the failures highlighted.
class SecurityTab : public QWidget
{
    Q_OBJECT

public:
    explicit SecurityTab(QWidget *parent = nullptr);

    void showAccount(const Account &account);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    std::optional<Account> m_account;
    QLabel *m_lock;
    QLabel *m_devicesLabel;
    QLabel *m_loginsLabel;
    RecordTableModel *m_devices;
    RecordTableModel *m_logins;
    QTableView *m_deviceView;
    QTableView *m_loginView;
};

} // namespace WalletDesk
