#pragma once

#include "StaffMember.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace WalletDesk {

class StaffDirectory;
class StaffTableModel;

// The administrator's staff screen: the list, filtered by text and role, and
// what can be done to the selected person. One-time passwords and new
// second factors are shown once, in dialogs of their own.
class StaffView : public QWidget
{
    Q_OBJECT

public:
    explicit StaffView(StaffDirectory *staff, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    StaffTableModel *model() const { return m_model; }
    // Selects the row of that username; false if it is not shown.
    bool select(const QString &username);
    QString statusText() const;

    void createMember();
    void editSelected();
    void disableSelected();
    void enableSelected();
    void resetSelected();
    void unlockSelected();
    void enrolSelected();
    void removeTotpSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showStaff();
    void updateButtons();
    std::optional<StaffMember> selected() const;
    void openEditor(
        const StaffMember &member, const QString &note, const QString &displayName, Role role);
    void showOneTimePassword(const StaffMember &member, const QString &password);
    void confirmThen(const QString &objectName, const QString &title, const QString &text,
        const QString &confirmText, std::function<void()> then);
    void say(const QString &text);

    StaffDirectory *m_staff;
    StaffTableModel *m_model;
    QLineEdit *m_filter;
    QComboBox *m_roleFilter;
    QLabel *m_roleLabel;
    QTableView *m_view;
    QPushButton *m_create;
    QPushButton *m_edit;
    QPushButton *m_disable;
    QPushButton *m_enable;
    QPushButton *m_reset;
    QPushButton *m_unlock;
    QPushButton *m_enrol;
    QPushButton *m_removeTotp;
    QPushButton *m_refresh;
    QLabel *m_status;
};

} // namespace WalletDesk
