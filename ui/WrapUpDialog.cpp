#include "WrapUpDialog.h"

#include "Accessibility.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace WalletDesk {

WrapUpDialog::WrapUpDialog(const ReferenceData &reference, Language language,
    std::optional<qint64> complaintId, const QString &suggestedCode, QWidget *parent)
    : QDialog(parent)
    , m_code(new QComboBox(this))
{
    setWindowTitle(tr("Wrap up the call"));
    for (const CodedName &c : reference.wrapUpCodes)
        m_code->addItem(nameIn(c, language), c.code);
    if (const int suggested = m_code->findData(suggestedCode); suggested >= 0)
        m_code->setCurrentIndex(suggested);
    m_code->setObjectName(QStringLiteral("wrapUpCode"));
    m_code->setAccessibleName(tr("Wrap-up code"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Wrap-up code"), m_code);
    auto *complaint = new QLabel(
        complaintId ? tr("#%1, logged on this call").arg(*complaintId) : tr("none"), this);
    complaint->setObjectName(QStringLiteral("wrapUpComplaint"));
    form->addRow(tr("Complaint"), complaint);
    form->addRow(new QLabel(tr("The call notes go with the record, card numbers masked."), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    Accessibility::nameDialogButtons(buttons, tr("End call"));
    for (QLabel *label : findChildren<QLabel *>())
        Accessibility::nameAfterText(label);
    Accessibility::nameValue(complaint, tr("Complaint"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString WrapUpDialog::wrapUpCode() const
{
    return m_code->currentData().toString();
}

} // namespace WalletDesk
