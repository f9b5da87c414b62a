#pragma once

#include <QDateEdit>

namespace WalletDesk {

// A date filter whose earliest date stands for "no limit" and shows the
// special value text ("any"). One Tab stop like every other control: Tab
// leaves it at once (QDateTimeEdit would walk year, month and day, and
// swallows Tab entirely while the special text shows); arrows and typing
// move inside. Typing a date over "any" starts a new date instead of being
// appended to that text.
class DateFilterEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateFilterEdit(QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool showsNoLimit() const;
};

} // namespace WalletDesk
