#pragma once

#include <QAccessibleActionInterface>
#include <QAccessibleInterface>
#include <QPointer>

class QAction;
class QWidget;

namespace WalletDesk {

// What a screen reader gets for an item of a menu or of the menu bar. Qt's
// own item names itself after the action's text with only the "&" taken
// out, so a Chinese menu reads "通话(L)"; this one reads "通话", the
// mnemonic still in the text on screen. Everything else is as Qt's.
class MenuItemAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    MenuItemAccessible(QWidget *owner, QAction *action);

    // Makes every menu item of the application answer with this interface
    // (a QAccessible factory for actions shown in a QMenu or QMenuBar).
    // Once per process; later calls do nothing.
    static void install();

    bool isValid() const override;
    QObject *object() const override;
    QWindow *window() const override;
    QAccessibleInterface *focusChild() const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text t, const QString &text) override;
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    QPointer<QWidget> m_owner;
    QPointer<QAction> m_action;
};

} // namespace WalletDesk
