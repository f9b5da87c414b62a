#include "TotpEnrolDialog.h"

#include "Accessibility.h"
#include "QrCodeImage.h"
#include "StaffDirectory.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace WalletDesk {

TotpEnrolDialog::TotpEnrolDialog(StaffDirectory *staff, const StaffMember &member,
    const QString &secret, const QString &otpauthUri, QWidget *parent)
    : QDialog(parent)
    , m_staff(staff)
    , m_id(member.id)
    , m_qr(QrCodeImage::render(otpauthUri))
    , m_uri(new QLineEdit(otpauthUri, this))
    , m_code(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("totpEnrol"));
    setWindowTitle(tr("Two-factor sign-in for %1").arg(member.username));
    auto *intro
        = new QLabel(tr("%1 scans this code with their authenticator app (or types the "
                        "key below). It is shown only now. Then type the 6-digit code "
                        "the app shows to switch two-factor sign-in on.")
                         .arg(member.displayName.isEmpty() ? member.username : member.displayName),
            this);
    intro->setWordWrap(true);
    auto *qr = new QLabel(this);
    qr->setObjectName(QStringLiteral("totpQr"));
    qr->setPixmap(QPixmap::fromImage(m_qr));
    qr->setAlignment(Qt::AlignCenter);
    qr->setAccessibleName(tr("QR code for the authenticator app"));
    m_uri->setReadOnly(true);
    m_uri->setObjectName(QStringLiteral("totpUri"));
    m_uri->setCursorPosition(0);
    auto *key = new QLineEdit(secret, this);
    key->setReadOnly(true);
    key->setObjectName(QStringLiteral("totpSecret"));
    // Typed by hand when the camera fails: all of it in view, in a font
    // that tells 0 from O.
    key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    key->setMinimumWidth(key->fontMetrics().horizontalAdvance(secret) + 24);
    m_code->setObjectName(QStringLiteral("totpCode"));
    m_code->setMaxLength(6);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_code));
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("totpMessage"));
    auto *uriLabel = new QLabel(tr("&Link"), this);
    auto *keyLabel = new QLabel(tr("&Key"), this);
    auto *codeLabel = new QLabel(tr("&Code from the app"), this);
    uriLabel->setBuddy(m_uri);
    keyLabel->setBuddy(key);
    codeLabel->setBuddy(m_code);
    for (QLabel *label : {uriLabel, keyLabel, codeLabel})
        Accessibility::nameAfterText(label);
    m_uri->setAccessibleName(tr("Link"));
    key->setAccessibleName(tr("Secret key"));
    m_code->setAccessibleName(tr("Code from the app"));
    Accessibility::nameDialogButtons(m_buttons, tr("Confirm"));

    auto *form = new QFormLayout;
    form->addRow(uriLabel, m_uri);
    form->addRow(keyLabel, key);
    form->addRow(codeLabel, m_code);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(qr);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TotpEnrolDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_staff, &StaffDirectory::totpConfirmed, this, [this](const StaffMember &m) {
        if (m.id == m_id)
            accept();
    });
    connect(m_staff, &StaffDirectory::failed, this, [this](const QString &text, const QString &) {
        m_message->setText(text);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        m_code->selectAll();
        m_code->setFocus();
    });
    m_code->setFocus();
}

QString TotpEnrolDialog::uriText() const
{
    return m_uri->text();
}

QString TotpEnrolDialog::message() const
{
    return m_message->text();
}

void TotpEnrolDialog::confirm()
{
    if (m_code->text().size() != 6) {
        m_message->setText(tr("Type the 6 digits the app shows."));
        return;
    }
    m_message->setText(tr("Checking the code…"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_staff->confirmTotp(m_id, m_code->text());
}

} // namespace WalletDesk
