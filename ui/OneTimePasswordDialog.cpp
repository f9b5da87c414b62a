#include "OneTimePasswordDialog.h"

#include "Accessibility.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace WalletDesk {

OneTimePasswordDialog::OneTimePasswordDialog(
    const QString &who, const QString &password, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(password, this))
{
    setObjectName(QStringLiteral("oneTimePassword"));
    setWindowTitle(tr("One-time password"));
    auto *text = new QLabel(tr("The one-time password for %1 is shown only this once: WalletDesk "
                               "does not keep it. Give it to them in person; at their first "
                               "sign-in they must choose their own.")
                                .arg(who),
        this);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("oneTimePasswordNotice"));
    m_password->setReadOnly(true);
    m_password->setObjectName(QStringLiteral("oneTimePasswordValue"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.5);
    m_password->setFont(mono);
    m_password->setAccessibleName(tr("One-time password"));
    m_password->setAccessibleDescription(text->text());
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyPassword"));
    Accessibility::nameAfterText(copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    Accessibility::nameDialogButtons(buttons, tr("Done"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_password);
    layout->addWidget(copy, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_password->text());
        Accessibility::announce(tr("Copied."), m_password);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    m_password->setFocus();
    m_password->selectAll();
}

QString OneTimePasswordDialog::password() const
{
    return m_password->text();
}

} // namespace WalletDesk
