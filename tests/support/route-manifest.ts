import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";

// Every route of the app, read from Remix's own route manifest (the same one the build uses), so a test that
// walks this list cannot forget a route that is added later.

export interface AppRoute {
  id: string;
  /** The URL pattern, e.g. "/initiatives/:initiativeId/edit". */
  path: string;
  file: string;
  loader?: (args: LoaderFunctionArgs) => Promise<unknown>;
  action?: (args: ActionFunctionArgs) => Promise<unknown>;
}

export async function readAppRoutes(): Promise<AppRoute[]> {
  const { readConfig } = await import("@remix-run/dev/dist/config.js");
  const root = path.resolve(import.meta.dirname, "../..");
  const config = await readConfig(root);
  const routes = Object.values(config.routes);
  const fullPath = (id: string): string => {
    const route = config.routes[id];
    if (!route) return "";
    const parent = route.parentId ? fullPath(route.parentId) : "";
    const own = route.path ?? "";
    return [parent, own].filter(Boolean).join("/").replace(/\/+/g, "/");
  };
  const result: AppRoute[] = [];
  for (const route of routes) {
    const file = path.join(config.appDirectory, route.file);
    const module = (await import(pathToFileURL(file).href)) as Partial<Pick<AppRoute, "loader" | "action">>;
    result.push({
      id: route.id,
      path: `/${fullPath(route.id)}`.replace(/\/+/g, "/"),
      file: route.file,
      loader: module.loader,
      action: module.action,
    });
  }
  return result.sort((a, b) => a.path.localeCompare(b.path) || a.id.localeCompare(b.id));
}
