#include "MenuItemAccessible.h"

#include "Accessibility.h"

#include <QAccessible>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QWindow>

namespace WalletDesk {

namespace {
// The menu or menu bar that shows the action (the one a screen reader
// walks it from); null for an action in neither.
QWidget *menuOwnerOf(QAction *action)
{
    for (QObject *o : action->associatedObjects()) {
        if (qobject_cast<QMenu *>(o) || qobject_cast<QMenuBar *>(o))
            return static_cast<QWidget *>(o);
    }
    return nullptr;
}

QAccessibleInterface *menuItemFactory(const QString &className, QObject *object)
{
    if (className != QLatin1String("QAction"))
        return nullptr;
    auto *action = static_cast<QAction *>(object);
    QWidget *owner = menuOwnerOf(action);
    return owner ? new MenuItemAccessible(owner, action) : nullptr;
}
} // namespace

MenuItemAccessible::MenuItemAccessible(QWidget *owner, QAction *action)
    : m_owner(owner)
    , m_action(action)
{
}

void MenuItemAccessible::install()
{
    static bool installed = false;
    if (!std::exchange(installed, true))
        QAccessible::installFactory(menuItemFactory);
}

bool MenuItemAccessible::isValid() const
{
    return m_owner && m_action;
}

QObject *MenuItemAccessible::object() const
{
    return m_action;
}

QWindow *MenuItemAccessible::window() const
{
    return m_owner ? m_owner->window()->windowHandle() : nullptr;
}

QAccessibleInterface *MenuItemAccessible::focusChild() const
{
    return nullptr;
}

QAccessibleInterface *MenuItemAccessible::childAt(int, int) const
{
    return nullptr;
}

QAccessibleInterface *MenuItemAccessible::parent() const
{
    return m_owner ? QAccessible::queryAccessibleInterface(m_owner) : nullptr;
}

QAccessibleInterface *MenuItemAccessible::child(int index) const
{
    // A menu's title in the menu bar has the menu under it.
    if (index == 0 && m_action && m_action->menu())
        return QAccessible::queryAccessibleInterface(m_action->menu());
    return nullptr;
}

int MenuItemAccessible::childCount() const
{
    return m_action && m_action->menu() ? 1 : 0;
}

int MenuItemAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    return child && m_action && child->object() == m_action->menu() ? 0 : -1;
}

QString MenuItemAccessible::text(QAccessible::Text t) const
{
    if (!m_action)
        return {};
    switch (t) {
    case QAccessible::Name:
        return Accessibility::withoutMnemonic(m_action->text());
    case QAccessible::Accelerator:
        return m_action->shortcut().toString(QKeySequence::NativeText);
    default:
        return {};
    }
}

void MenuItemAccessible::setText(QAccessible::Text, const QString &) { }

QRect MenuItemAccessible::rect() const
{
    QRect r;
    if (auto *menu = qobject_cast<QMenu *>(m_owner))
        r = menu->actionGeometry(m_action);
    else if (auto *bar = qobject_cast<QMenuBar *>(m_owner))
        r = bar->actionGeometry(m_action);
    return r.isValid() ? QRect(m_owner->mapToGlobal(r.topLeft()), r.size()) : QRect();
}

QAccessible::Role MenuItemAccessible::role() const
{
    return m_action && m_action->isSeparator() ? QAccessible::Separator : QAccessible::MenuItem;
}

QAccessible::State MenuItemAccessible::state() const
{
    QAccessible::State s;
    if (!isValid())
        return s;
    s.invisible = !m_owner->isVisible() || !m_action->isVisible();
    QAction *active = nullptr;
    if (auto *menu = qobject_cast<QMenu *>(m_owner))
        active = menu->activeAction();
    else if (auto *bar = qobject_cast<QMenuBar *>(m_owner))
        active = bar->activeAction();
    s.focused = active == m_action;
    s.disabled = m_action->isSeparator() || !m_action->isEnabled();
    s.checkable = m_action->isCheckable();
    s.checked = m_action->isChecked();
    return s;
}

void *MenuItemAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this)
                                                : nullptr;
}

QStringList MenuItemAccessible::actionNames() const
{
    if (!m_action || m_action->isSeparator())
        return {};
    return {m_action->menu() ? showMenuAction() : pressAction()};
}

void MenuItemAccessible::doAction(const QString &actionName)
{
    if (!isValid() || !m_action->isEnabled())
        return;
    if (actionName == pressAction()) {
        m_action->trigger();
    } else if (actionName == showMenuAction()) {
        if (auto *bar = qobject_cast<QMenuBar *>(m_owner))
            bar->setActiveAction(m_action);
        else if (auto *menu = qobject_cast<QMenu *>(m_owner))
            menu->setActiveAction(m_action);
    }
}

QStringList MenuItemAccessible::keyBindingsForAction(const QString &) const
{
    return {};
}

} // namespace WalletDesk
