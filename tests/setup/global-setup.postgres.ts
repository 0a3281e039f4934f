import type { TestProject } from "vitest/node";
import { prepareTemplate } from "./template";

export default (project: TestProject) => prepareTemplate("postgres", project);
