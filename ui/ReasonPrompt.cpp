#include "ReasonPrompt.h"

#include "Accessibility.h"

#include <QInputDialog>

namespace WalletDesk {

std::optional<QString> &ReasonPrompt::nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}

void ReasonPrompt::setNextAnswer(const QString &answer)
{
    nextAnswer() = answer;
}

void ReasonPrompt::ask(QWidget *parent, const QString &title, const QString &question, Done done)
{
    if (auto answer = std::exchange(nextAnswer(), std::nullopt)) {
        if (!answer->trimmed().isEmpty())
            done(answer->trimmed());
        return;
    }
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(question);
    Accessibility::nameDialogButtons(dialog);
    QObject::connect(dialog, &QInputDialog::textValueSelected, dialog, [done](const QString &text) {
        if (!text.trimmed().isEmpty())
            done(text.trimmed());
    });
    dialog->open();
}

} // namespace WalletDesk
