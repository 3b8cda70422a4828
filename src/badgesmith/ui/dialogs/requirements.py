"""Building a pathway's requirement tree with clicks and keys; OK checks it through the core."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from badgesmith.core.errors import ValidationError
from badgesmith.core.pathways.requirements import Group, LocalRef, Ref, from_json
from badgesmith.ui.widgets.common import error_label, plain, set_error

_ROLE = Qt.ItemDataRole.UserRole  # ("group", at_least | None), ("achievement", id) or ("external", iri)
ALL, AT_LEAST = 0, 1


class RequirementsDialog(QDialog):
    """The tree as an outline: the selected group's kind and number are set below it; achievements
    and nested groups are added to the selected group; Delete removes the selected element."""

    def __init__(self, choices: list[tuple[int, str]], tree: Group | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requirementsDialog")
        self.setWindowTitle(self.tr("Pathway requirements"))
        self._names = dict(choices)
        self._tree: Group | None = None
        self.outline = QTreeWidget()
        self.outline.setObjectName("requirementsTree")
        self.outline.setAccessibleName(self.tr("Requirements"))
        self.outline.setHeaderHidden(True)
        self.outline.setMinimumHeight(220)
        self.outline.currentItemChanged.connect(lambda *_: self._show_group())
        self.outline.installEventFilter(self)  # Delete removes the selected element

        self.kind = QComboBox()
        self.kind.setObjectName("groupKind")
        self.kind.addItems([self.tr("All of these"), self.tr("At least N of these")])
        self.kind.setAccessibleName(self.tr("Selected group needs"))
        self.count = QSpinBox()
        self.count.setObjectName("groupCount")
        self.count.setAccessibleName(self.tr("N, how many the group needs"))
        self.count.setMinimum(1)
        self.kind.currentIndexChanged.connect(lambda _i: self._group_edited())
        self.count.valueChanged.connect(lambda _v: self._group_edited())
        group_row = QHBoxLayout()
        group_row.addWidget(QLabel(self.tr("Selected group needs:")))
        group_row.addWidget(self.kind)
        group_row.addWidget(QLabel(self.tr("N =")))
        group_row.addWidget(self.count)
        group_row.addStretch()

        self.choice = QComboBox()
        self.choice.setObjectName("achievementChoice")
        self.choice.setAccessibleName(self.tr("Achievement to add"))
        for aid, name in choices:
            self.choice.addItem(name, aid)
        add = QPushButton(self.tr("Add achievement"))
        add.setObjectName("addRequirement")
        add.clicked.connect(self._add_achievement)
        add_group = QPushButton(self.tr("Add group"))
        add_group.setObjectName("addRequirementGroup")
        add_group.setToolTip(self.tr("A nested group, e.g. “at least 2 of” inside “all of”"))
        add_group.clicked.connect(self._add_group)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeRequirement")
        remove.setToolTip(self.tr("Remove the selected achievement or group (Delete)"))
        remove.clicked.connect(self._remove)
        add_row = QHBoxLayout()
        add_row.addWidget(self.choice, 1)
        add_row.addWidget(add)
        add_row.addWidget(add_group)
        add_row.addWidget(remove)

        self.error = error_label()
        self.error.setObjectName("requirementsError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("requirementsOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        intro = plain(QLabel(self.tr("Learners earn this achievement by holding the achievements below. "
                                     "Select a group to change what it needs or to add to it.")))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lay.addWidget(self.outline, 1)
        lay.addLayout(group_row)
        lay.addLayout(add_row)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

        self.root = root = self._group_item(None, tree.at_least if tree else None)
        if tree is not None:
            self._fill(root, tree)
        self.outline.expandAll()
        self.outline.setCurrentItem(root)
        self.resize(620, 460)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.outline and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self._remove()
            return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- the outline

    def _group_item(self, parent: QTreeWidgetItem | None, at_least: int | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(0, _ROLE, ("group", at_least))
        if parent is None:
            self.outline.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self._label(item)
        return item

    def _ref_item(self, parent: QTreeWidgetItem, ref: Ref) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        if isinstance(ref, LocalRef):
            item.setData(0, _ROLE, ("achievement", ref.achievement_id))
            item.setText(0, self._names.get(ref.achievement_id,
                                           self.tr("achievement {number}").format(number=ref.achievement_id)))
        else:
            item.setData(0, _ROLE, ("external", ref.iri))
            item.setText(0, ref.iri)
        parent.addChild(item)
        self._label(parent)
        return item

    def _fill(self, item: QTreeWidgetItem, g: Group) -> None:
        for e in g.elements:
            if isinstance(e, Group):
                self._fill(self._group_item(item, e.at_least), e)
            else:
                self._ref_item(item, e)
        self._label(item)

    def _label(self, item: QTreeWidgetItem) -> None:
        kind, at_least = item.data(0, _ROLE)
        if kind != "group":
            return
        n = item.childCount()
        item.setText(0, self.tr("All of these") if at_least is None
                     else self.tr("At least {needed} of these %n", "", n).format(needed=at_least))

    def _selected_group(self) -> QTreeWidgetItem:
        item = self.outline.currentItem() or self.root
        if item.data(0, _ROLE)[0] != "group":
            return item.parent() or self.root
        return item

    def _show_group(self) -> None:
        g = self._selected_group()
        at_least = g.data(0, _ROLE)[1]
        for w in (self.kind, self.count):
            w.blockSignals(True)
        self.kind.setCurrentIndex(ALL if at_least is None else AT_LEAST)
        self.count.setMaximum(max(1, g.childCount()))
        self.count.setValue(at_least or 1)
        self.count.setEnabled(at_least is not None)
        for w in (self.kind, self.count):
            w.blockSignals(False)

    def _group_edited(self) -> None:
        g = self._selected_group()
        at_least = None if self.kind.currentIndex() == ALL else self.count.value()
        g.setData(0, _ROLE, ("group", at_least))
        self.count.setEnabled(at_least is not None)
        self._label(g)

    def _add_achievement(self) -> None:
        aid = self.choice.currentData()
        if aid is None:
            return
        g = self._selected_group()
        if any(_child(g, i).data(0, _ROLE) == ("achievement", aid) for i in range(g.childCount())):
            set_error(self.error, self.tr("{name} is already in this group.").format(name=self.choice.currentText()))
            return
        self._ref_item(g, LocalRef(aid))
        g.setExpanded(True)
        set_error(self.error, None)
        self._show_group()

    def _add_group(self) -> None:
        g = self._selected_group()
        item = self._group_item(g, None)
        self._label(g)
        g.setExpanded(True)
        self.outline.setCurrentItem(item)

    def _remove(self) -> None:
        item = self.outline.currentItem()
        parent = item.parent() if item is not None else None
        if item is None or parent is None:
            return  # the top group stays: it is the pathway's requirement
        parent.removeChild(item)
        self._label(parent)
        self.outline.setCurrentItem(parent)
        self._show_group()

    # ---------------------------------------------------------------- result

    def _json(self, item: QTreeWidgetItem) -> dict[str, Any]:
        kind, value = item.data(0, _ROLE)
        if kind == "achievement":
            return {"achievement": value}
        if kind == "external":
            return {"external": value}
        items = [self._json(_child(item, i)) for i in range(item.childCount())]
        return {"all_of": items} if value is None else {"at_least": value, "of": items}

    def accept(self) -> None:
        try:
            self._tree = from_json(self._json(self.root))
        except ValidationError as exc:
            set_error(self.error, str(exc))
            return
        super().accept()

    def tree(self) -> Group | None:
        """The requirement built, once OK has accepted it."""
        return self._tree


def _child(item: QTreeWidgetItem, i: int) -> QTreeWidgetItem:
    child = item.child(i)
    assert child is not None  # i < childCount()
    return child
