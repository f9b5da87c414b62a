#pragma once

#include <QString>

class QAbstractButton;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QInputDialog;
class QLabel;
class QLineEdit;
class QTabWidget;
class QWidget;

namespace WalletDesk::Accessibility {

// The text a screen reader should say for a control whose visible text
// carries a mnemonic: "&Unlock" -> "Unlock", "解锁(&U)" -> "解锁", "&&" -> "&".
// Qt's own derivation drops the "&" only and leaves "解锁(U)" behind, so
// every name derived from such a text goes through here.
QString withoutMnemonic(const QString &text);

// Names the control after its current visible text, mnemonic stripped. Call
// again whenever the text changes (retranslateUi).
void nameAfterText(QAbstractButton *button);
void nameAfterText(QLabel *label);
void nameAfterText(QGroupBox *box);
// Each tab, as the tab bar reads it when it has the focus.
void nameTabs(QTabWidget *tabs);
// The clear button QLineEdit::setClearButtonEnabled adds is an unnamed
// child tool button otherwise; its tool tip says the same.
void nameClearButton(QLineEdit *edit);
// A label whose text changes, read with its caption: "状态：已锁定". Keyboard
// users reach it with Tab (it keeps its text selectable by keyboard).
void nameValue(QLabel *value, const QString &caption);
// OK and Cancel of a dialog in the console's language (Qt's own texts are
// English, or carry a mnemonic, when Qt's translations are not installed),
// each named without its mnemonic. An empty okText means "OK".
void nameDialogButtons(QDialogButtonBox *buttons, const QString &okText = {});
void nameDialogButtons(QInputDialog *dialog);
// Tells a screen reader a result where the keyboard is: the widget with
// the focus (else `fallback`) describes it, and the change is announced.
// Qt 6.4 has no announcement event of its own.
void announce(const QString &text, QWidget *fallback);

} // namespace WalletDesk::Accessibility
