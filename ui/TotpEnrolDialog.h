#pragma once

#include "StaffMember.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace WalletDesk {

class StaffDirectory;

// A new second factor, shown once: the QR code and the otpauth URI (and the
// secret, for typing by hand) for the staff member's authenticator app, then
// a code from the app confirms it. Closing without a code leaves it pending.
class TotpEnrolDialog : public QDialog
{
    Q_OBJECT

public:
    TotpEnrolDialog(StaffDirectory *staff, const StaffMember &member, const QString &secret,
        const QString &otpauthUri, QWidget *parent = nullptr);

    QImage qrImage() const { return m_qr; }
    QString uriText() const;
    QString message() const;

private:
    void confirm();

    StaffDirectory *m_staff;
    qint64 m_id;
    QImage m_qr;
    QLineEdit *m_uri;
    QLineEdit *m_code;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace WalletDesk
