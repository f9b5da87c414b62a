#pragma once

#include "ReferenceData.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace WalletDesk {

// Ending a call: the wrap-up code, chosen beforehand as the call suggests
// (CallSession::suggestedWrapUpCode); the notes and any complaint logged on
// the call go with the call record.
class WrapUpDialog : public QDialog
{
    Q_OBJECT

public:
    WrapUpDialog(const ReferenceData &reference, Language language,
        std::optional<qint64> complaintId, const QString &suggestedCode = {},
        QWidget *parent = nullptr);
    QString wrapUpCode() const;

private:
    QComboBox *m_code;
};

} // namespace WalletDesk
