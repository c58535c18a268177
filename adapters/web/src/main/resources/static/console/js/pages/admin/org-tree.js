// The org tree as the admin pages list it: departments depth first under their parents.
export function inTreeOrder(departments) {
  const ids = new Set(departments.map((department) => department.id));
  const children = new Map();
  departments.forEach((department) => {
    const parent = ids.has(department.parentId) ? department.parentId : null;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(department);
  });
  const ordered = [];
  const visit = (parent, depth) => (children.get(parent) || []).forEach((department) => {
    ordered.push({ department, depth });
    visit(department.id, depth + 1);
  });
  visit(null, 0);
  return ordered;
}
