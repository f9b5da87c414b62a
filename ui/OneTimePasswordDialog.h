#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace WalletDesk {

// A one-time password, shown once: the server keeps only its hash, so the
// dialog says so and offers a copy button; closing it forgets the password.
class OneTimePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    OneTimePasswordDialog(const QString &who, const QString &password, QWidget *parent = nullptr);

    QString password() const;

private:
    QLineEdit *m_password;
};

} // namespace WalletDesk
