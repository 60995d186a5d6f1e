package document

import (
	"fmt"
	"strings"

	"github.com/secretvet/secretvet/fragment"
)

// notebook extracts the sections of a Dynatrace notebook: markdown, the
// query of dql sections, the code of function sections, section titles,
// and every string of a cached result.
func (x *extractor) notebook(s *source, root *node, ptr string) {
	ptr = childKey(ptr, "sections")
	for i, sec := range root.get("sections").items() {
		if !sec.is(kindObject) {
			continue
		}
		sp := childIndex(ptr, i)
		typ := sec.getString("type")
		label, inputKind := "section", fragment.NotebookText
		switch typ {
		case "function":
			label, inputKind = "code", fragment.NotebookCode
		case "dql":
			label, inputKind = "query", fragment.NotebookQuery
		case "markdown":
			label = "markdown"
		}
		title := strings.TrimSpace(sec.getString("title"))
		if title == "" {
			title = fmt.Sprintf("%s section %d", label, i+1)
		}
		x.emit(s, sec.get("title"), childKey(sp, "title"), fragment.NotebookText, title)
		x.emit(s, sec.get("markdown"), childKey(sp, "markdown"), fragment.NotebookText, title)
		state := sec.get("state")
		statePtr := childKey(sp, "state")
		input := state.get("input")
		x.emit(s, input.get("value"), childKey(childKey(statePtr, "input"), "value"), inputKind, title)
		x.emitAll(s, state.get("result"), childKey(statePtr, "result"), fragment.NotebookResult, title+": cached result")
	}
}

// dashboard extracts the tiles and variables of a platform dashboard: code
// tile input, data tile query, markdown tile content, tile titles and
// variable inputs.
func (x *extractor) dashboard(s *source, root *node, ptr string) {
	tilesPtr := childKey(ptr, "tiles")
	for _, m := range root.get("tiles").fields() {
		tile := m.val
		if !tile.is(kindObject) {
			continue
		}
		tp := childKey(tilesPtr, m.key)
		title := strings.TrimSpace(tile.getString("title"))
		if title == "" {
			title = "tile " + m.key
		}
		inputKind := fragment.DashboardText // slo tiles hold an SLO id
		if tile.getString("type") == "code" {
			inputKind = fragment.DashboardCode
		}
		x.emit(s, tile.get("title"), childKey(tp, "title"), fragment.DashboardText, title)
		x.emit(s, tile.get("input"), childKey(tp, "input"), inputKind, title)
		x.emit(s, tile.get("query"), childKey(tp, "query"), fragment.DashboardQuery, title)
		x.emit(s, tile.get("content"), childKey(tp, "content"), fragment.DashboardText, title)
	}
	varsPtr := childKey(ptr, "variables")
	for i, v := range root.get("variables").items() {
		if !v.is(kindObject) {
			continue
		}
		title := "variable " + v.getString("key")
		if v.getString("key") == "" {
			title = fmt.Sprintf("variable %d", i+1)
		}
		kind := fragment.DashboardText // csv and text variables are literals
		if v.getString("type") == "query" {
			kind = fragment.DashboardQuery
		}
		x.emit(s, v.get("input"), childKey(childIndex(varsPtr, i), "input"), kind, title)
	}
}

// dashboardClassic extracts the tiles of a classic dashboard: names,
// markdown and USQL queries.
func (x *extractor) dashboardClassic(s *source, root *node, ptr string) {
	tilesPtr := childKey(ptr, "tiles")
	for i, tile := range root.get("tiles").items() {
		if !tile.is(kindObject) {
			continue
		}
		tp := childIndex(tilesPtr, i)
		title := strings.TrimSpace(tile.getString("name"))
		if title == "" {
			title = fmt.Sprintf("tile %d", i+1)
		}
		x.emit(s, tile.get("name"), childKey(tp, "name"), fragment.DashboardText, title)
		x.emit(s, tile.get("markdown"), childKey(tp, "markdown"), fragment.DashboardText, title)
		x.emit(s, tile.get("query"), childKey(tp, "query"), fragment.DashboardQuery, title)
	}
}

// workflow extracts the inputs of every task. tasks is an object keyed by
// task name (Automation API, UI download) or an array of {name, ...}.
func (x *extractor) workflow(s *source, root *node, ptr string) {
	tasks := root.get("tasks")
	tasksPtr := childKey(ptr, "tasks")
	switch tasks.kind {
	case kindObject:
		for _, m := range tasks.fields() {
			x.task(s, m.val, m.key, childKey(tasksPtr, m.key))
		}
	case kindArray:
		for i, t := range tasks.items() {
			name := t.getString("name")
			if name == "" {
				name = fmt.Sprint(i + 1)
			}
			x.task(s, t, name, childIndex(tasksPtr, i))
		}
	}
}

// headerTitle is the marker in a header fragment's title:
// "task <name>: header <Header>".
const headerTitle = ": header "

func (x *extractor) task(s *source, task *node, name, ptr string) {
	input := task.get("input")
	if !input.is(kindObject) {
		return
	}
	ip := childKey(ptr, "input")
	prefix := "task " + name + ": "
	for _, m := range input.fields() {
		mp := childKey(ip, m.key)
		switch m.key {
		case "script":
			x.emit(s, m.val, mp, fragment.WorkflowScript, prefix+"script")
		case "url", "payload":
			x.emitAll(s, m.val, mp, fragment.WorkflowHTTP, prefix+m.key)
		case "headers":
			x.headers(s, m.val, mp, prefix+"header ")
		default:
			x.emitAll(s, m.val, mp, fragment.WorkflowInput, prefix+"input "+m.key)
		}
	}
}

// headers extracts header values, given as a map or as a list of
// {key, value} (or {name, value}) objects.
func (x *extractor) headers(s *source, h *node, ptr, title string) {
	switch h.kind {
	case kindObject:
		for _, m := range h.fields() {
			x.emitAll(s, m.val, childKey(ptr, m.key), fragment.WorkflowHTTP, title+m.key)
		}
	case kindArray:
		for i, e := range h.items() {
			name := e.getString("key")
			if name == "" {
				name = e.getString("name")
			}
			ep := childIndex(ptr, i)
			x.emitAll(s, e.get("value"), childKey(ep, "value"), fragment.WorkflowHTTP, title+name)
		}
	}
}
