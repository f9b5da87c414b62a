#include "Accessibility.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

namespace WalletDesk::Accessibility {

QString withoutMnemonic(const QString &text)
{
    // The Chinese form puts the key after the text, in half- or full-width
    // brackets: "解锁(&U)", "概览（&O）". The brackets go with it.
    static const QRegularExpression bracketed(QStringLiteral("\\s*[(（]&([^&])[)）]"));
    QString plain = text;
    plain.remove(bracketed);
    QString out;
    out.reserve(plain.size());
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.at(i) == QLatin1Char('&') && i + 1 < plain.size()) {
            ++i; // "&&" is a literal "&"; "&X" is X
        }
        out += plain.at(i);
    }
    return out;
}

void nameAfterText(QAbstractButton *button)
{
    button->setAccessibleName(withoutMnemonic(button->text()));
}

void nameAfterText(QLabel *label)
{
    label->setAccessibleName(withoutMnemonic(label->text()));
}

void nameAfterText(QGroupBox *box)
{
    box->setAccessibleName(withoutMnemonic(box->title()));
}

void nameTabs(QTabWidget *tabs)
{
    QTabBar *bar = tabs->tabBar();
    for (int i = 0; i < bar->count(); ++i)
        bar->setAccessibleTabName(i, withoutMnemonic(bar->tabText(i)));
}

void nameClearButton(QLineEdit *edit)
{
    const QString name = QCoreApplication::translate("Accessibility", "Clear");
    // Both Qt-internal: the action behind the button and the button itself.
    for (QAction *action : edit->findChildren<QAction *>(
             QStringLiteral("_q_qlineeditclearaction"), Qt::FindDirectChildrenOnly)) {
        action->setText(name);
        action->setToolTip(name);
    }
    for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}

void nameValue(QLabel *value, const QString &caption)
{
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // QLabel takes click focus only for selectable text: Tab must reach it too.
    value->setFocusPolicy(Qt::StrongFocus);
    QString text = value->text().trimmed();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    value->setAccessibleName(text.isEmpty()
            ? caption
            : QCoreApplication::translate("Accessibility", "%1: %2").arg(caption, text));
}

void nameDialogButtons(QDialogButtonBox *buttons, const QString &okText)
{
    if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok)) {
        ok->setText(okText.isEmpty() ? QCoreApplication::translate("Accessibility", "OK") : okText);
        nameAfterText(ok);
    }
    if (QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel)) {
        cancel->setText(QCoreApplication::translate("Accessibility", "Cancel"));
        nameAfterText(cancel);
    }
}

void nameDialogButtons(QInputDialog *dialog)
{
    dialog->setOkButtonText(QCoreApplication::translate("Accessibility", "OK"));
    dialog->setCancelButtonText(QCoreApplication::translate("Accessibility", "Cancel"));
}

void announce(const QString &text, QWidget *fallback)
{
    QWidget *where = QApplication::focusWidget();
    if (!where || (fallback && where->window() != fallback->window()))
        where = fallback;
    if (!where)
        return;
    where->setAccessibleDescription(text);
    QAccessibleEvent changed(where, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

} // namespace WalletDesk::Accessibility
