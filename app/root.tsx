import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { StatusPage } from "~/components/status-page";
import { getDb } from "~/db.server";
import { hasAccreditation } from "~/accreditation/access.server";
import stylesHref from "~/styles/app.css";
import { getUser } from "~/utils/auth.server";
import { useNonce } from "~/utils/nonce";
import { loadViewer } from "~/utils/permissions.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (!user) return { user: null };
  const viewer = await loadViewer(getDb(), user);
  return {
    user: {
      name: user.name,
      isAdmin: user.isAdmin,
      isLead: viewer.memberships.some((m) => m.role === "lead"),
      isParticipant: viewer.memberships.some((m) => m.role === "participant"),
      hasAccreditation: await hasAccreditation(getDb(), viewer),
    },
  };
}

function Account() {
  const data = useRouteLoaderData<typeof loader>("root");
  const user = data?.user;
  if (!user) return null;
  return (
    <div className="account">
      <Link to="/account" className="nav__name">
        {user.name}
      </Link>
      <Form method="post" action="/sign-out">
        <button type="submit" className="button button--link">
          Sign out
        </button>
      </Form>
    </div>
  );
}

function Navigation() {
  const data = useRouteLoaderData<typeof loader>("root");
  const user = data?.user;
  if (!user) return null;
  return (
    <nav className="nav" aria-label="Main">
      <ul className="nav__list">
        <li>
          <NavLink to="/" end>
            Home
          </NavLink>
        </li>
        {user.isParticipant ? (
          <>
            <li>
              <NavLink to="/initiatives">Initiatives</NavLink>
            </li>
            <li>
              <NavLink to="/audits">Audits</NavLink>
            </li>
            <li>
              <NavLink to="/tasks">Tasks</NavLink>
            </li>
            <li>
              <NavLink to="/reflections">Reflections</NavLink>
            </li>
            <li>
              <NavLink to="/evidence">Evidence</NavLink>
            </li>
            <li>
              <NavLink to="/records">Search</NavLink>
            </li>
            {user.hasAccreditation ? (
              <li>
                <NavLink to="/accreditation">Accreditation</NavLink>
              </li>
            ) : null}
          </>
        ) : null}
        {user.isLead || user.isAdmin ? (
          <li>
            <NavLink to="/cohorts">Cohorts</NavLink>
          </li>
        ) : null}
        <li>
          <NavLink to="/programmes">Frameworks</NavLink>
        </li>
      </ul>
    </nav>
  );
}

const ZOD_JITLESS =
  "globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });";

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* Before any module: zod probes `new Function` when it builds a schema unless told not to, and our CSP
            forbids eval. Setting it in app/schemas/zod.ts alone depends on the order the bundler's chunks run. */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: ZOD_JITLESS }} />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <header className="header">
          <div className="header__inner">
            <Link to="/" className="header__brand">
              Strands
            </Link>
            <Account />
          </div>
          <Navigation />
        </header>
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="footer">
          <p>
            Strands: plan, record and evaluate your improvement initiative across the programme&rsquo;s outcome strands.
          </p>
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <StatusPage />;
}
