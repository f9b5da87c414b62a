#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace WalletDesk {

// Asks the agent to confirm an action and give its reason, without
// blocking the event loop. Tests set the next answer instead of typing it
// (as KeePassXC's MessageBox::setNextAnswer).
class ReasonPrompt
{
public:
    using Done = std::function<void(const QString &reason)>;

    static void ask(QWidget *parent, const QString &title, const QString &question, Done done);
    // The next ask() answers at once with this; an empty text means "cancel".
    static void setNextAnswer(const QString &answer);

private:
    static std::optional<QString> &nextAnswer();
};

} // namespace WalletDesk
