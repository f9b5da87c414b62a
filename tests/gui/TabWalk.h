#pragma once

// The Tab walk and accessible-text checks the GUI tests share: a window is
// walked with Tab and Shift+Tab from its focused control; focus must leave
// every control and come back round, reach every control that takes Tab, and
// each one reached must have a name a screen reader can say (not empty, in
// the console's language, without a mnemonic marker). Used by
// tst_accessibility (the agent's window) and tst_deskaccessibility (the desk).
#include "Accessibility.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

struct TabWalk
{
    static QString nameOf(QWidget *w)
    {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        return a ? a->text(QAccessible::Name) : QString();
    }

    // The captions a screen reader says with w: labels whose buddy it is,
    // the titled group box it sits in (AT-SPI's "labelled by").
    static QList<QPair<QObject *, QString>> labelsOf(QWidget *w)
    {
        QList<QPair<QObject *, QString>> labels;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a)
            return labels;
        for (const auto &relation : a->relations(QAccessible::Label))
            labels.append({relation.first->object(), relation.first->text(QAccessible::Name)});
        return labels;
    }

    static QString describe(QWidget *w)
    {
        if (!w)
            return QStringLiteral("(nothing)");
        QStringList labels;
        for (const auto &label : labelsOf(w))
            labels << label.second;
        return QStringLiteral("%1#%2 \"%3\" [%4]")
            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), nameOf(w),
                labels.join(QStringLiteral(", ")));
    }

    // What is wrong with one text a screen reader says, or nothing.
    static QString textProblem(const QString &name, bool chinese)
    {
        static const QRegularExpression mnemonic(
            QStringLiteral("&|[(（][A-Za-z0-9][)）]|[(（]&[^)）]*[)）]"));
        if (name.contains(mnemonic))
            return QStringLiteral("mnemonic marker");
        // Figures need no translation: an amount, a masked number, a time.
        static const QRegularExpression figure(QStringLiteral("^[-+0-9\\s.,:*#¥/()…]*$"));
        bool ascii = true;
        for (QChar c : name)
            ascii = ascii && c.unicode() < 0x80;
        if (chinese && ascii && !figure.match(name).hasMatch())
            return QStringLiteral("English in the Chinese console");
        return {};
    }

    // What is wrong with what a screen reader says for w, or nothing.
    static QString nameProblem(QWidget *w, bool chinese)
    {
        const QString name = nameOf(w);
        const auto labels = labelsOf(w);
        if (name.trimmed().isEmpty() && labels.isEmpty())
            return QStringLiteral("no name");
        // On Linux a combo box's name is its current item: only a label says what it is.
        if (qobject_cast<QComboBox *>(w)
            && std::none_of(labels.cbegin(), labels.cend(),
                [](const auto &l) { return qobject_cast<QLabel *>(l.first); }))
            return QStringLiteral("no label");
        QString problem = textProblem(name, chinese);
        for (const auto &label : labels) {
            if (problem.isEmpty())
                problem = textProblem(label.second, chinese);
            // A caption is read as it is shown (Qt names an untitled or
            // unnamed group box after the box around it).
            QString shown;
            if (auto *box = qobject_cast<QGroupBox *>(label.first))
                shown = WalletDesk::Accessibility::withoutMnemonic(box->title());
            else if (auto *caption = qobject_cast<QLabel *>(label.first))
                shown = WalletDesk::Accessibility::withoutMnemonic(caption->text());
            if (problem.isEmpty() && label.second != shown)
                problem
                    = QStringLiteral("caption \"%1\" is read as \"%2\"").arg(shown, label.second);
        }
        return problem;
    }

    // Controls Tab should reach in top: shown, enabled, taking Tab focus.
    static QSet<QWidget *> tabStops(QWidget *top)
    {
        QSet<QWidget *> stops;
        for (QWidget *w : top->findChildren<QWidget *>()) {
            if (w->isVisibleTo(top) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
                && !w->focusProxy() && w->window() == top)
                stops.insert(w);
        }
        return stops;
    }

    static void press(Qt::Key key)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        if (key == Qt::Key_Backtab)
            QTest::keyClick(target, Qt::Key_Backtab, Qt::ShiftModifier);
        else
            QTest::keyClick(target, key);
    }

    // Walks top from its focused control with Tab, then with Shift+Tab;
    // each problem found is one line of the returned list.
    static QStringList walk(QWidget *top, const QString &where, bool chinese)
    {
        QStringList problems;
        QWidget *start = QApplication::focusWidget();
        if (!start || (start != top && !top->isAncestorOf(start)))
            return {where + QStringLiteral(": the walk has no focused control to start from")};
        const QSet<QWidget *> expected = tabStops(top);
        const int limit = int(expected.size()) * 2 + 10;
        QList<QWidget *> forward {start};
        for (Qt::Key key : {Qt::Key_Tab, Qt::Key_Backtab}) {
            QList<QWidget *> seen {start};
            for (int i = 0; i < limit; ++i) {
                press(key);
                QWidget *now = QApplication::focusWidget();
                if (!now || (now != top && !top->isAncestorOf(now))) {
                    problems << QStringLiteral("%1: %2 from %3 left the window (to %4)")
                                    .arg(where, QKeySequence(key).toString(), describe(seen.last()),
                                        describe(now));
                    break;
                }
                if (now == seen.last()) {
                    problems << QStringLiteral("%1: %2 does not leave %3")
                                    .arg(where, QKeySequence(key).toString(), describe(now));
                    break;
                }
                if (now == start)
                    break;
                seen << now;
            }
            if (QApplication::focusWidget() != start)
                problems << QStringLiteral("%1: %2 never came back round to %3")
                                .arg(where, QKeySequence(key).toString(), describe(start));
            if (key == Qt::Key_Tab) {
                forward = seen;
            } else if (problems.isEmpty()) {
                QList<QWidget *> backward = seen.mid(1);
                std::reverse(backward.begin(), backward.end());
                if (backward != forward.mid(1))
                    problems << QStringLiteral("%1: Shift+Tab is not Tab backwards").arg(where);
            }
        }
        if (qEnvironmentVariableIsSet("WALLETDESK_A11Y_VERBOSE")) {
            QStringList stops;
            for (QWidget *w : std::as_const(forward))
                stops << describe(w);
            qInfo().noquote() << where << forward.size()
                              << "stops:" << stops.join(QStringLiteral(" | "));
        }
        for (QWidget *w : expected) {
            if (!forward.contains(w))
                problems << QStringLiteral("%1: Tab never reaches %2").arg(where, describe(w));
        }
        for (QWidget *w : std::as_const(forward)) {
            const QString problem = nameProblem(w, chinese);
            if (!problem.isEmpty())
                problems << QStringLiteral("%1: %2: %3").arg(where, describe(w), problem);
        }
        return problems;
    }

    static void focusFirst(QWidget *top)
    {
        top->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(top));
        // The first control of the window's focus chain.
        for (QWidget *w = top->nextInFocusChain(); w != top; w = w->nextInFocusChain()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
                && w->window() == top) {
                w->setFocus(Qt::TabFocusReason);
                break;
            }
        }
        QTRY_VERIFY(QApplication::focusWidget() && top->isAncestorOf(QApplication::focusWidget()));
    }
};
